using Sightline.Core.Model;

namespace Sightline.Core.Queries;

/// <summary>
/// A package as a user names it on the command line: "lodash", "lodash@4.17.15", "@types/node",
/// "Newtonsoft.Json", "pkg:npm/lodash@4.17.15", "pkg:nuget/Newtonsoft.Json".
/// </summary>
public sealed record PackageQuery(string Name, Ecosystem? Ecosystem, string? Version)
{
    public static PackageQuery Parse(string text, Ecosystem? ecosystem = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        text = text.Trim();
        if (text.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase))
        {
            return ParsePurl(text);
        }

        // A version follows the last '@' that is not the first character (npm scopes start with '@').
        var at = text.LastIndexOf('@');
        return at > 0 ? new PackageQuery(text[..at], ecosystem, text[(at + 1)..]) : new PackageQuery(text, ecosystem, null);
    }

    /// <summary>The normalised names to look up: one per ecosystem in scope.</summary>
    public IReadOnlyCollection<string> NormalizedNames() =>
        Ecosystem is { } only
            ? [PackageNames.Normalize(only, Name)]
            : Enum.GetValues<Model.Ecosystem>().Select(e => PackageNames.Normalize(e, Name)).ToHashSet(StringComparer.Ordinal);

    public bool Matches(Ecosystem ecosystem, string normalizedName, string? version) =>
        (Ecosystem is null || Ecosystem == ecosystem)
        && normalizedName == PackageNames.Normalize(ecosystem, Name)
        && (Version is null || string.Equals(Version, version, StringComparison.OrdinalIgnoreCase));

    private static PackageQuery ParsePurl(string purl)
    {
        var body = purl[4..];
        var qualifiers = body.IndexOfAny(['?', '#']);
        if (qualifiers >= 0)
        {
            body = body[..qualifiers];
        }

        var slash = body.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !EcosystemNames.TryParse(body[..slash], out var ecosystem))
        {
            throw new FormatException($"'{purl}' is not a package URL of a supported ecosystem (pkg:npm/..., pkg:nuget/..., ...)");
        }

        var rest = Uri.UnescapeDataString(body[(slash + 1)..].Replace("%2F", "\u0001", StringComparison.OrdinalIgnoreCase));
        string? version = null;
        var at = rest.LastIndexOf('@');
        if (at > 0)
        {
            version = rest[(at + 1)..];
            rest = rest[..at];
        }

        var name = ecosystem == Model.Ecosystem.Maven ? rest.Replace('/', ':') : rest;
        return new PackageQuery(name.Replace('\u0001', '/'), ecosystem, version);
    }
}
