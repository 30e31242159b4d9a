using System.Text.Json;
using Sightline.Core.Advisories;
using Sightline.Core.Model;
using Sightline.Tests;
using Xunit;

namespace Sightline.Remediation.Tests.Targets;

/// <summary>
/// Reads real OSV JSON records from ../shared/data/osv (ghsa and go) into Advisory records: just the fields
/// fix targets use (id, withdrawn, affected package, ranges, versions). Remediation does not reference the
/// advisory parser, so this small reader stands in for it.
/// </summary>
internal static class OsvFiles
{
    private static readonly Lazy<Dictionary<string, string>> Index = new(BuildIndex);

    public static Advisory[] Load(params string[] ids) => [.. ids.Select(LoadOne)];

    private static Advisory LoadOne(string id)
    {
        Assert.True(Index.Value.TryGetValue(id, out var path), $"{id} is not in {TestPaths.SharedData}/osv");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        return new Advisory
        {
            Id = root.GetProperty("id").GetString()!,
            Withdrawn = root.TryGetProperty("withdrawn", out var withdrawn) ? withdrawn.GetDateTimeOffset() : null,
            Affected = [.. root.GetProperty("affected").EnumerateArray().Select(Affected)],
        };
    }

    private static AffectedPackage Affected(JsonElement affected)
    {
        var package = affected.GetProperty("package");
        var ecosystemName = package.GetProperty("ecosystem").GetString()!;
        Ecosystem? ecosystem = EcosystemNames.TryParse(ecosystemName, out var parsed) ? parsed : null;
        var ranges = affected.TryGetProperty("ranges", out var r) ? [.. r.EnumerateArray().Select(Range)] : Array.Empty<AffectedRange>();
        var versions = affected.TryGetProperty("versions", out var v) ? [.. v.EnumerateArray().Select(x => x.GetString()!)] : Array.Empty<string>();
        return new AffectedPackage(ecosystemName, ecosystem, package.GetProperty("name").GetString()!, null, ranges, versions);
    }

    private static AffectedRange Range(JsonElement range)
    {
        var typeName = range.GetProperty("type").GetString()!;
        var type = typeName switch
        {
            "SEMVER" => RangeType.Semver,
            "ECOSYSTEM" => RangeType.Ecosystem,
            "GIT" => RangeType.Git,
            _ => RangeType.Unknown,
        };
        var events = range.GetProperty("events").EnumerateArray()
            .SelectMany(e => e.EnumerateObject())
            .Select(p => new RangeEvent(
                p.Name switch
                {
                    "introduced" => RangeEventKind.Introduced,
                    "fixed" => RangeEventKind.Fixed,
                    "last_affected" => RangeEventKind.LastAffected,
                    _ => RangeEventKind.Limit,
                },
                p.Value.GetString()!));
        return new AffectedRange(type, null, [.. events], typeName);
    }

    private static Dictionary<string, string> BuildIndex()
    {
        var osv = Path.Combine(TestPaths.SharedData, "osv");
        return Directory.EnumerateFiles(Path.Combine(osv, "ghsa"), "*.json", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(osv, "go"), "*.json"))
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), StringComparer.Ordinal);
    }
}
