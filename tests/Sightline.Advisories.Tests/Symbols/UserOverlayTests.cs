using Sightline.Advisories.Osv;
using Sightline.Advisories.Symbols;
using Sightline.Advisories.Tests.Osv;
using Xunit;
using static Sightline.Advisories.Tests.Symbols.SymbolFixtures;

namespace Sightline.Advisories.Tests.Symbols;

/// <summary>A user's folder of overlay files (<c>advisories import --overlay DIR</c>).</summary>
public class UserOverlayTests
{
    private static SymbolOverlay LoadTestOverlay(OsvReadReport report) => SymbolOverlay.Load(TestData("overlay"), report);

    [Fact]
    public void JsonAndYamlFiles_AreRead_AndAddSymbolsToTheAdvisoriesTheyName()
    {
        var report = new OsvReadReport();
        var overlay = LoadTestOverlay(report);

        Assert.Empty(report.Problems);
        Assert.Equal(2, overlay.Files.Count);
        var qs = overlay.Apply(Sample("GHSA-hrpp-h998-j3pp"));
        Assert.Equal(["qs.parse"], Names(qs));
        Assert.Equal("overlay:qs", VulnerableSymbols.From(qs).Symbols[0].Source);
        Assert.Equal(["express.response.redirect", "express.response.location"], Names(overlay.Apply(Sample("GHSA-rv95-896h-c2vc"))));
    }

    [Fact]
    public void UserOverlay_AddsToTheBuiltInOne()
    {
        var overlay = SymbolOverlay.BuiltIn.With(LoadTestOverlay(new OsvReadReport()));

        Assert.Equal(["qs.parse"], Names(overlay.Apply(Sample("GHSA-hrpp-h998-j3pp"))));
        Assert.Contains("lodash.template", Names(overlay.Apply(Sample("GHSA-35jh-r3h4-6jhm"))));
    }

    [Fact]
    public void RecordThatAlreadyNamesSymbols_KeepsItsOwn()
    {
        var go = File(GoRecord("GO-2020-0001"));
        using var temp = new TempDir();
        temp.Write("gin.json", """
            { "id": "CVE-2020-36567", "affected": [ { "package": { "ecosystem": "Go", "name": "github.com/gin-gonic/gin" },
              "ecosystem_specific": { "imports": [ { "path": "github.com/gin-gonic/gin", "symbols": ["New"] } ] } } ] }
            """);
        var report = new OsvReadReport();

        var applied = SymbolOverlay.Load(temp.Path, report).Apply(go);

        Assert.Empty(report.Problems);
        Assert.Same(go, applied);
        Assert.DoesNotContain("github.com/gin-gonic/gin.New", Names(applied));
    }

    [Fact]
    public void OverlayPackageTheAdvisoryDoesNotList_AddsSymbols_NotAnAffectedEntry()
    {
        using var temp = new TempDir();
        temp.Write("log4j-api.json", """
            { "id": "CVE-2021-44228", "affected": [ { "package": { "ecosystem": "Maven", "name": "org.apache.logging.log4j:log4j-api" },
              "ecosystem_specific": { "imports": [ { "path": "org.apache.logging.log4j", "symbols": ["Logger.info"] } ] } } ] }
            """);
        var original = Sample("GHSA-jfh8-c2jp-5v3q");

        var applied = SymbolOverlay.Load(temp.Path, new OsvReadReport()).Apply(original);

        Assert.Equal(original.Affected.Select(a => a.Name), applied.Affected.Select(a => a.Name));
        var symbol = Assert.Single(VulnerableSymbols.From(applied).Symbols);
        Assert.Equal(("org.apache.logging.log4j.Logger.info", "org.apache.logging.log4j:log4j-core"), (symbol.FullName, symbol.PackageName));
    }

    [Theory]
    [InlineData("no-imports.json", """{ "id": "GHSA-x", "affected": [ { "package": { "ecosystem": "npm", "name": "qs" } } ] }""", "no ecosystem_specific.imports")]
    [InlineData("bad-symbol.json", """{ "id": "GHSA-x", "affected": [ { "package": { "ecosystem": "npm", "name": "qs" }, "ecosystem_specific": { "imports": [ { "path": "qs", "symbols": [1] } ] } } ] }""", "invalid entry 1")]
    [InlineData("debian.json", """{ "id": "GHSA-x", "affected": [ { "package": { "ecosystem": "Debian:11", "name": "qs" }, "ecosystem_specific": { "imports": [ { "path": "qs" } ] } } ] }""", "supported ecosystem")]
    [InlineData("empty.json", """{ "id": "GHSA-x", "affected": [] }""", "names no package")]
    [InlineData("broken.json", """{ "id": "GHSA-x", "affected": [ """, "invalid JSON")]
    [InlineData("no-id.yaml", "affected: []\n", "no 'id'")]
    public void BadOverlayFile_IsAProblemNamingTheFile_AndIsNotUsed(string name, string content, string reason)
    {
        using var temp = new TempDir();
        var path = temp.Write(name, content);
        temp.Write("good.json", """{ "id": "GHSA-hrpp-h998-j3pp", "affected": [ { "package": { "ecosystem": "npm", "name": "qs" }, "ecosystem_specific": { "imports": [ { "path": "qs", "symbols": ["parse"] } ] } } ] }""");
        var report = new OsvReadReport();

        var overlay = SymbolOverlay.Load(temp.Path, report);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(path, problem.File);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
        Assert.Equal(["good.json"], overlay.Files.Select(Path.GetFileName));
    }

    [Fact]
    public void MissingFolder_IsAProblem()
    {
        var report = new OsvReadReport();

        var overlay = SymbolOverlay.Load(TestData("no-such-folder"), report);

        Assert.Empty(overlay.Files);
        Assert.Contains("no such file or folder", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }
}
