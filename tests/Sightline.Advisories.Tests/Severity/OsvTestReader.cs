using System.Text.Json;
using Sightline.Core.Advisories;

namespace Sightline.Advisories.Tests.Severity;

/// <summary>
/// Just enough of an OSV reader to feed the severity code real records: id, severity lists, package names and
/// database_specific. The real importer lives elsewhere; these tests must not depend on it.
/// </summary>
internal static class OsvTestReader
{
    public static string GhsaFolder => Path.Combine(Sightline.Tests.TestPaths.SharedData, "osv", "ghsa");

    public static IReadOnlyList<string> AllFiles() =>
        Directory.GetFiles(GhsaFolder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    public static Advisory Load(string id) =>
        Read(AllFiles().Single(f => Path.GetFileNameWithoutExtension(f) == id));

    public static Advisory Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        return new Advisory
        {
            Id = root.GetProperty("id").GetString()!,
            Severity = SeverityList(root) ?? [],
            Affected = root.TryGetProperty("affected", out var affected)
                ? affected.EnumerateArray().Select(Affected).ToList()
                : [],
            DatabaseSpecificJson = root.TryGetProperty("database_specific", out var db) ? db.GetRawText() : null,
        };
    }

    private static AffectedPackage Affected(JsonElement element)
    {
        var package = element.GetProperty("package");
        return new AffectedPackage(
            package.GetProperty("ecosystem").GetString()!,
            null,
            package.GetProperty("name").GetString()!,
            null,
            [],
            [],
            Severity: SeverityList(element));
    }

    private static List<SeverityVector>? SeverityList(JsonElement element) =>
        element.TryGetProperty("severity", out var list)
            ? list.EnumerateArray()
                .Select(s => new SeverityVector(s.GetProperty("type").GetString()!, s.GetProperty("score").GetString()!))
                .ToList()
            : null;
}
