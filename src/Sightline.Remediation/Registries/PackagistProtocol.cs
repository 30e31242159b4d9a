using System.Text.Json;

namespace Sightline.Remediation.Registries;

/// <summary>
/// Packagist's Composer v2 metadata: GET {base}/p2/{vendor}/{package}.json →
/// packages["vendor/package"][].version (tagged releases; dev branches live in the separate "~dev" file).
/// </summary>
internal sealed class PackagistProtocol : RegistryProtocol
{
    public static readonly PackagistProtocol Instance = new();

    public override string Name => "Packagist registry";

    public override Uri? Base(RegistryEndpoints endpoints) => endpoints.Packagist;

    public override string? PathFor(string package, out string? problem)
    {
        var parts = package.ToLowerInvariant().Split('/');
        if (parts.Length != 2)
        {
            problem = $"'{package}' is not a Composer vendor/package name";
            return null;
        }

        var vendor = Segment(parts[0], out problem);
        var name = Segment(parts[1], out var nameProblem);
        problem ??= nameProblem;
        return vendor is null || name is null ? null : $"p2/{vendor}/{name}.json";
    }

    public override IReadOnlyList<string> Parse(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("packages", out var packages) || packages.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("no 'packages' object");
        }

        // The file holds one package; its key is the requested name in lower case.
        var versions = new List<string?>();
        foreach (var entry in packages.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
        {
            versions.AddRange(entry.Value.EnumerateArray()
                .Where(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("version", out var s) && s.ValueKind == JsonValueKind.String)
                .Select(v => v.GetProperty("version").GetString()));
        }

        return Distinct(versions);
    }
}
