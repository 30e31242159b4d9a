using System.Text.Json;
using Sightline.Core.Advisories;
using Sightline.Core.Model;
using Sightline.Tests;
using Sightline.Versioning.Osv;

namespace Sightline.Versioning.Tests.Osv;

/// <summary>Just enough of an OSV JSON reader for these tests; the real importer lives elsewhere.</summary>
internal static class OsvJson
{
    public static Advisory Ghsa(string id) =>
        Load(Directory.EnumerateFiles(Path.Combine(TestPaths.SharedData, "osv", "ghsa", "advisories"), id + ".json", SearchOption.AllDirectories).Single());

    public static Advisory Go(string id) => Load(Path.Combine(TestPaths.SharedData, "osv", "go", id + ".json"));

    /// <summary>A hand-written record in testdata/ranges, for the rules no shared JSON record exercises.</summary>
    public static Advisory Range(string name) => Load(TestPaths.TestData("Sightline.Versioning.Tests", "ranges", name + ".json"));

    public static AffectedPackage Affected(this Advisory advisory, string package) =>
        advisory.Affected.First(a => a.Name == package);

    /// <summary>GHSA splits one package over several entries: OR them, as the caller's matcher will.</summary>
    public static AffectedVerdict Evaluate(this Advisory advisory, string package, string version)
    {
        var verdicts = advisory.Affected.Where(a => a.Name == package).Select(a => AffectedEvaluator.Evaluate(a, version)).ToList();
        return verdicts.FirstOrDefault(v => v.Status == AffectedStatus.Affected)
            ?? verdicts.FirstOrDefault(v => v.Status == AffectedStatus.Unknown)
            ?? verdicts[0];
    }

    public static Advisory Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        return new Advisory
        {
            Id = root.GetProperty("id").GetString()!,
            Affected = root.TryGetProperty("affected", out var affected) ? [.. affected.EnumerateArray().Select(ReadAffected)] : [],
        };
    }

    private static AffectedPackage ReadAffected(JsonElement entry)
    {
        var package = entry.GetProperty("package");
        var ecosystemName = package.GetProperty("ecosystem").GetString()!;
        Ecosystem? ecosystem = EcosystemNames.TryParse(ecosystemName, out var known) ? known : null;
        var ranges = entry.TryGetProperty("ranges", out var r) ? r.EnumerateArray().Select(ReadRange).ToList() : [];
        var versions = entry.TryGetProperty("versions", out var v) ? v.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        return new AffectedPackage(ecosystemName, ecosystem, package.GetProperty("name").GetString()!, null, ranges, versions);
    }

    private static AffectedRange ReadRange(JsonElement range)
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
            .Select(p => new RangeEvent(Kind(p.Name), p.Value.GetString()!))
            .ToList();
        return new AffectedRange(type, range.TryGetProperty("repo", out var repo) ? repo.GetString() : null, events, typeName);
    }

    private static RangeEventKind Kind(string name) => name switch
    {
        "introduced" => RangeEventKind.Introduced,
        "fixed" => RangeEventKind.Fixed,
        "last_affected" => RangeEventKind.LastAffected,
        "limit" => RangeEventKind.Limit,
        _ => throw new InvalidDataException("unknown event " + name),
    };
}
