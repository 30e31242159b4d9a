using System.Text.Json;
using Sightline.Advisories.Symbols;
using Sightline.Core.Advisories;
using Sightline.Tests;
using Xunit;
using static Sightline.Advisories.Tests.Symbols.SymbolFixtures;

namespace Sightline.Advisories.Tests.Symbols;

/// <summary>The curated overlay (src/Sightline.Advisories/Overlay) applied to the real sample advisories.</summary>
public class BuiltInOverlayTests
{
    private static string[] Applied(Advisory advisory) => Names(SymbolOverlay.BuiltIn.Apply(advisory));

    [Fact]
    public void EveryOverlayFileIsEmbedded_AndCitesItsSources()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "Sightline.Advisories", "Overlay");
        var files = Directory.GetFiles(folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(files, SymbolOverlay.BuiltIn.Files);
        Assert.True(files.Count >= 10);
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(folder, file)));
            var database = document.RootElement.GetProperty("database_specific");
            Assert.True(database.GetProperty("source").GetArrayLength() > 0, file);
            Assert.False(string.IsNullOrWhiteSpace(database.GetProperty("rationale").GetString()), file);
        }
    }

    [Fact]
    public void Log4Shell_GetsLog4jApiLoggerCalls_OnItsLog4jCoreEntries()
    {
        var original = Sample("GHSA-jfh8-c2jp-5v3q");
        var applied = SymbolOverlay.BuiltIn.Apply(original);
        var symbols = VulnerableSymbols.From(applied).Symbols;

        Assert.Contains(symbols, s => s is { FullName: "org.apache.logging.log4j.Logger.info", PackageName: "org.apache.logging.log4j:log4j-core", Source: "overlay:log4shell" });
        Assert.Contains("org.apache.logging.log4j.Logger.error", symbols.Select(s => s.FullName));
        Assert.Contains("org.apache.logging.log4j.LogBuilder.log", symbols.Select(s => s.FullName));
        Assert.DoesNotContain("org.apache.logging.log4j.LogManager.getLogger", symbols.Select(s => s.FullName));
        Assert.All(applied.Affected, a => Assert.Contains("org.apache.logging.log4j.Logger", a.EcosystemSpecificJson, StringComparison.Ordinal));
    }

    [Fact]
    public void Log4ShellFollowUp_IsMatchedThroughTheFamilyFile()
    {
        Assert.Contains("org.apache.logging.log4j.Logger.info", Applied(Sample("GHSA-7rjr-3q55-vv33")));
    }

    [Fact]
    public void OverlayLeavesRangesVersionsAndEverythingElseUntouched()
    {
        var original = Sample("GHSA-jfh8-c2jp-5v3q");
        var applied = SymbolOverlay.BuiltIn.Apply(original);

        Assert.Equal(original.Affected.Count, applied.Affected.Count);
        for (var i = 0; i < original.Affected.Count; i++)
        {
            Assert.Equal(original.Affected[i] with { EcosystemSpecificJson = null }, applied.Affected[i] with { EcosystemSpecificJson = null });
            Assert.Same(original.Affected[i].Ranges, applied.Affected[i].Ranges);
            Assert.Same(original.Affected[i].Versions, applied.Affected[i].Versions);
        }

        Assert.Equal(original, applied with { Affected = original.Affected });
    }

    [Fact]
    public void LodashTemplate_GetsLodashTemplate_AndKeepsGitHubsOwnFields()
    {
        var applied = SymbolOverlay.BuiltIn.Apply(Sample("GHSA-35jh-r3h4-6jhm"));

        Assert.Equal(["lodash.template", "lodash-es.template"], Names(applied));
        Assert.Contains("affected_functions", applied.Affected[0].EcosystemSpecificJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GHSA-p6mc-m468-83gw", "lodash.zipObjectDeep")]
    [InlineData("GHSA-p6mc-m468-83gw", "lodash.set")]
    [InlineData("GHSA-jf85-cpcp-j695", "lodash.defaultsDeep")]
    [InlineData("GHSA-jf85-cpcp-j695", "lodash.defaultsdeep")]
    [InlineData("GHSA-xvch-5gv4-984h", "minimist")]
    [InlineData("GHSA-vh95-rmgr-6w4m", "minimist")]
    [InlineData("GHSA-5crp-9r3c-p9vr", "Newtonsoft.Json.JsonConvert.DeserializeObject")]
    [InlineData("GHSA-5crp-9r3c-p9vr", "Newtonsoft.Json.Linq.JObject.Parse")]
    [InlineData("GHSA-8q59-q68h-6hv4", "yaml.full_load")]
    [InlineData("GHSA-8q59-q68h-6hv4", "yaml.load")]
    [InlineData("GHSA-mjmj-j48q-9wg2", "org.yaml.snakeyaml.Yaml.load")]
    public void WellKnownAdvisory_GetsItsCuratedSymbol(string id, string fullName)
    {
        Assert.Contains(fullName, Applied(Sample(id)));
    }

    [Fact]
    public void PyPaRecord_IsMatchedByItsGhsaAlias_AndByNormalisedPackageName()
    {
        // PYSEC-2021-142 names the package "pyyaml"; the overlay says "PyYAML".
        var advisory = File(PyPa("pyyaml", "PYSEC-2021-142"));

        Assert.Equal("pyyaml", advisory.Affected[0].Name);
        Assert.Contains("yaml.full_load", Applied(advisory));
        Assert.DoesNotContain("yaml.unsafe_load", Applied(advisory));
    }

    [Theory]
    [InlineData("GHSA-c2qf-rxjj-qqgw")]
    [InlineData("GHSA-36p3-wjmg-h94x")]
    [InlineData("GHSA-j8r2-6x86-q33q")]
    public void AdvisoryNotInTheOverlay_StaysWithoutSymbols(string id)
    {
        var original = Sample(id);

        Assert.Same(original, SymbolOverlay.BuiltIn.Apply(original));
        Assert.Empty(Applied(original));
    }

    [Fact]
    public void ApplyingTwice_ChangesNothingMore()
    {
        var once = SymbolOverlay.BuiltIn.Apply(Sample("GHSA-35jh-r3h4-6jhm"));

        Assert.Same(once, SymbolOverlay.BuiltIn.Apply(once));
    }

    [Fact]
    public void OnlyTheSampleAdvisoriesTheOverlayNames_GainSymbols()
    {
        var gained = Samples().Where(a => VulnerableSymbols.From(SymbolOverlay.BuiltIn.Apply(a)).HasSymbols).Select(a => a.Id).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["GHSA-35jh-r3h4-6jhm", "GHSA-5crp-9r3c-p9vr", "GHSA-7rjr-3q55-vv33", "GHSA-8q59-q68h-6hv4", "GHSA-jf85-cpcp-j695", "GHSA-jfh8-c2jp-5v3q",
             "GHSA-mjmj-j48q-9wg2", "GHSA-p6mc-m468-83gw", "GHSA-vh95-rmgr-6w4m", "GHSA-xvch-5gv4-984h"],
            gained);
    }
}
