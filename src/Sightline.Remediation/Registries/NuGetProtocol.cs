using System.Text.Json;

namespace Sightline.Remediation.Registries;

/// <summary>NuGet v3 flat container: GET {base}/{lower-id}/index.json → {"versions": [...]}, normalised versions, unlisted ones included.</summary>
internal sealed class NuGetProtocol : RegistryProtocol
{
    public static readonly NuGetProtocol Instance = new();

    public override string Name => "NuGet registry";

    public override Uri? Base(RegistryEndpoints endpoints) => endpoints.NuGet;

    public override string? PathFor(string package, out string? problem) =>
        Segment(package.ToLowerInvariant(), out problem) is { } id ? id + "/index.json" : null;

    public override IReadOnlyList<string> Parse(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("versions", out var versions) && versions.ValueKind == JsonValueKind.Array
            ? Distinct(versions.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()))
            : throw new JsonException("no 'versions' array");
    }
}
