using System.Text.Json;
using Sightline.Core.Model;

namespace Sightline.Remediation.Registries;

/// <summary>crates.io: GET {base}/api/v1/crates/{name} → versions[].num, yanked versions left out (Cargo will not pick them).</summary>
internal sealed class CratesProtocol : RegistryProtocol
{
    public static readonly CratesProtocol Instance = new();

    public override string Name => "crates.io registry";

    public override Uri? Base(RegistryEndpoints endpoints) => endpoints.CratesIo;

    public override string? PathFor(string package, out string? problem) =>
        Segment(PackageNames.Normalize(Ecosystem.Cargo, package), out problem) is { } name ? "api/v1/crates/" + name : null;

    public override IReadOnlyList<string> Parse(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("versions", out var versions) || versions.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("no 'versions' array");
        }

        return Distinct(versions.EnumerateArray()
            .Where(v => v.ValueKind == JsonValueKind.Object
                && !(v.TryGetProperty("yanked", out var yanked) && yanked.ValueKind == JsonValueKind.True)
                && v.TryGetProperty("num", out var num) && num.ValueKind == JsonValueKind.String)
            .Select(v => v.GetProperty("num").GetString()));
    }
}
