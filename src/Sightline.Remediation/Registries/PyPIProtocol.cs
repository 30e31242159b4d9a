using System.Text.Json;
using Sightline.Core.Model;

namespace Sightline.Remediation.Registries;

/// <summary>
/// PyPI's JSON API: GET {base}/pypi/{normalised name}/json → the keys of <c>releases</c>. A release
/// whose files are all yanked, or that has no file at all, cannot be installed and is left out.
/// </summary>
internal sealed class PyPIProtocol : RegistryProtocol
{
    public static readonly PyPIProtocol Instance = new();

    public override string Name => "PyPI registry";

    public override Uri? Base(RegistryEndpoints endpoints) => endpoints.PyPI;

    public override string? PathFor(string package, out string? problem) =>
        Segment(PackageNames.Normalize(Ecosystem.PyPI, package), out problem) is { } name ? "pypi/" + name + "/json" : null;

    public override IReadOnlyList<string> Parse(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("releases", out var releases) || releases.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("no 'releases' object");
        }

        return Distinct(releases.EnumerateObject().Where(Installable).Select(r => r.Name));
    }

    private static bool Installable(JsonProperty release) =>
        release.Value.ValueKind == JsonValueKind.Array
        && release.Value.EnumerateArray().Any(file =>
            !(file.ValueKind == JsonValueKind.Object && file.TryGetProperty("yanked", out var yanked) && yanked.ValueKind == JsonValueKind.True));
}
