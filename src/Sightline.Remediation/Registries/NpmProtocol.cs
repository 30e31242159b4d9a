using System.Text.Json;

namespace Sightline.Remediation.Registries;

/// <summary>
/// npm: GET {base}/{name}, scoped names as "@scope%2fname". Asks for the abbreviated install document
/// (still keyed by version, far smaller); the keys of <c>versions</c> are read with Utf8JsonReader,
/// skipping every manifest, so a 50 MB document never becomes a DOM.
/// </summary>
internal sealed class NpmProtocol : RegistryProtocol
{
    public static readonly NpmProtocol Instance = new();

    public override string Name => "npm registry";

    public override string Accept => "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8";

    public override Uri? Base(RegistryEndpoints endpoints) => endpoints.Npm;

    public override string? PathFor(string package, out string? problem)
    {
        if (package.StartsWith('@'))
        {
            var slash = package.IndexOf('/', StringComparison.Ordinal);
            if (slash < 2 || slash == package.Length - 1 || package.IndexOf('/', slash + 1) >= 0)
            {
                problem = $"'{package}' is not a valid scoped npm name";
                return null;
            }

            var scope = Segment(package[1..slash], out problem);
            var name = Segment(package[(slash + 1)..], out var nameProblem);
            problem ??= nameProblem;
            return scope is null || name is null ? null : "@" + scope + "%2f" + name;
        }

        return Segment(package, out problem);
    }

    public override IReadOnlyList<string> Parse(byte[] body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("the document is not a JSON object");
        }

        var versions = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isVersions = reader.ValueTextEquals("versions"u8);
            reader.Read();
            if (isVersions && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    versions.Add(reader.GetString()!);
                    reader.Read();
                    reader.Skip();
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return Distinct(versions);
    }
}
