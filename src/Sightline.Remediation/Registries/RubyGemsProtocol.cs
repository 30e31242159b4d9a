using System.Text.Json;

namespace Sightline.Remediation.Registries;

/// <summary>RubyGems.org: GET {base}/api/v1/versions/{name}.json → [].number, one entry per platform, so deduplicated.</summary>
internal sealed class RubyGemsProtocol : RegistryProtocol
{
    public static readonly RubyGemsProtocol Instance = new();

    public override string Name => "RubyGems registry";

    public override Uri? Base(RegistryEndpoints endpoints) => endpoints.RubyGems;

    public override string? PathFor(string package, out string? problem) =>
        Segment(package, out problem) is { } name ? "api/v1/versions/" + name + ".json" : null;

    public override IReadOnlyList<string> Parse(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("the document is not a JSON array");
        }

        return Distinct(document.RootElement.EnumerateArray()
            .Where(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.String)
            .Select(v => v.GetProperty("number").GetString()));
    }
}
