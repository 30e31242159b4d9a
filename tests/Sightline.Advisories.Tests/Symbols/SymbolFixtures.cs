using System.Text;
using Sightline.Advisories.Osv;
using Sightline.Advisories.Symbols;
using Sightline.Core.Advisories;
using Sightline.Tests;

namespace Sightline.Advisories.Tests.Symbols;

/// <summary>Records written for the symbol tests, and the real ones of the repository and ../shared/data.</summary>
internal static class SymbolFixtures
{
    /// <summary>A record with one affected entry whose ecosystem_specific is <paramref name="ecosystemSpecific"/> (JSON text).</summary>
    public static Advisory Record(string ecosystem, string name, string ecosystemSpecific, string id = "TEST-0001") =>
        Json($$"""
            { "id": "{{id}}", "modified": "2024-01-01T00:00:00Z",
              "affected": [ { "package": { "ecosystem": "{{ecosystem}}", "name": "{{name}}" },
                              "ranges": [ { "type": "ECOSYSTEM", "events": [ { "introduced": "0" }, { "fixed": "9.9.9" } ] } ],
                              "ecosystem_specific": {{ecosystemSpecific}} } ] }
            """);

    public static Advisory Json(string json) => OsvParser.ParseJson(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    public static Advisory Yaml(string yaml) => OsvParser.ParseYaml(new MemoryStream(Encoding.UTF8.GetBytes(yaml)));

    public static Advisory File(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return OsvParser.Parse(stream, Path.GetFileName(path));
    }

    public static string GoRecord(string id) => Path.Combine(TestPaths.SharedData, "osv", "go", id + ".json");

    /// <summary>One of the thirty real GHSA records in samples/advisories.</summary>
    public static Advisory Sample(string ghsa) =>
        File(Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "samples", "advisories"), ghsa + ".json", SearchOption.AllDirectories).Single());

    public static IEnumerable<Advisory> Samples() =>
        Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "samples", "advisories"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File);

    public static string PyPa(string package, string id) => Path.Combine(TestPaths.SharedData, "osv", "pypa", "vulns", package, id + ".yaml");

    public static string Pattern(string file) => Path.Combine(TestPaths.RepositoryRoot, "samples", "patterns", file);

    public static string TestData(params string[] parts) =>
        Path.Combine([TestPaths.RepositoryRoot, "tests", "Sightline.Advisories.Tests", "Symbols", "testdata", .. parts]);

    public static string[] Names(Advisory advisory) => [.. VulnerableSymbols.From(advisory).Symbols.Select(s => s.FullName)];
}
