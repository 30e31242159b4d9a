using System.Diagnostics;
using Sightline.Advisories.Osv;
using Sightline.Core.Model;
using Sightline.Store;
using Sightline.Tests;
using Xunit;
using Xunit.Abstractions;

namespace Sightline.Advisories.Tests.Osv;

/// <summary>The real OSV data in ../shared/data/osv: Go vulndb (JSON), GitHub advisories (JSON), PyPA (YAML).</summary>
public sealed class OsvRealDataTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Osv = Path.Combine(TestPaths.SharedData, "osv");
    private readonly TempDir _temp = new();

    [Fact]
    public void WholeFolder_ImportsWithoutFailures_AndTheExpectedCounts()
    {
        using var store = SightlineStore.Open(_temp.Database);
        var counts = new Dictionary<string, int>();
        var watch = Stopwatch.StartNew();
        foreach (var folder in new[] { "go", "ghsa", "pypa" })
        {
            var report = new OsvReadReport();
            var result = store.ImportAdvisories(new OsvSource().Read(Path.Combine(Osv, folder), report), folder);
            Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems));
            counts[folder] = result.Added;
        }

        output.WriteLine($"imported {store.AdvisoryCount()} records in {watch.ElapsedMilliseconds} ms");
        Assert.Equal(new Dictionary<string, int> { ["go"] = 4291, ["ghsa"] = 30, ["pypa"] = 2661 }, counts);
        Assert.Equal(4291 + 30 + 2661, store.AdvisoryCount());

        var log4shell = store.FindAdvisories("CVE-2021-44228");
        Assert.Contains(log4shell, a => a.Id == "GHSA-jfh8-c2jp-5v3q");
        Assert.Contains("CVE-2021-44228", store.FindAdvisories("GHSA-jfh8-c2jp-5v3q")[0].Aliases);
        Assert.Contains(store.AdvisoriesFor(Ecosystem.Maven, "org.apache.logging.log4j:log4j-core"), a => a.Id == "GHSA-jfh8-c2jp-5v3q");

        Assert.NotNull(Assert.Single(store.FindAdvisories("GHSA-8g9c-28fc-mcx2")).Withdrawn);

        var gin = store.FindAdvisories("GO-2020-0001")[0];
        Assert.Contains("\"LoggerWithWriter\"", gin.Affected[0].EcosystemSpecificJson, StringComparison.Ordinal);

        var lxml = store.FindAdvisories("PYSEC-2014-9")[0];
        Assert.Contains("1.0.beta", lxml.Affected[0].Versions);
        Assert.Equal(101, lxml.Affected[0].Versions.Count);
    }

    [Fact]
    public void ReimportingTheSameRecords_ChangesNothing()
    {
        using var store = SightlineStore.Open(_temp.Database);
        var ghsa = Path.Combine(Osv, "ghsa");
        store.ImportAdvisories(new OsvSource().Read(ghsa, new OsvReadReport()), ghsa);

        var again = store.ImportAdvisories(new OsvSource().Read(ghsa, new OsvReadReport()), ghsa);

        Assert.Equal((0, 0, 30), (again.Added, again.Replaced, again.Unchanged));
        Assert.Empty(again.ChangedPackages);
    }

    [Fact]
    public void OlderSchemaVersions_AreRead()
    {
        var report = new OsvReadReport();

        var versions = new OsvSource().Read(Path.Combine(Osv, "ghsa"), report).Select(a => a.SchemaVersion).Distinct().ToList();

        Assert.Empty(report.Problems);
        Assert.True(versions.Count > 1, string.Join(", ", versions));
    }

    public void Dispose() => _temp.Dispose();
}
