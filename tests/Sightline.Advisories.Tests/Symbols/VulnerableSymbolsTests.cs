using Sightline.Advisories.Symbols;
using Sightline.Core.Advisories;
using Sightline.Core.Model;
using Xunit;
using static Sightline.Advisories.Tests.Symbols.SymbolFixtures;

namespace Sightline.Advisories.Tests.Symbols;

public class VulnerableSymbolsTests
{
    [Fact]
    public void TypeInThePath_AndTypeInTheSymbol_GiveTheSameFullName()
    {
        var inPath = Record("Maven", "org.apache.logging.log4j:log4j-core", """{ "imports": [ { "path": "org.apache.logging.log4j.Logger", "symbols": ["info"] } ] }""");
        var inSymbol = Record("Maven", "org.apache.logging.log4j:log4j-core", """{ "imports": [ { "path": "org.apache.logging.log4j", "symbols": ["Logger.info"] } ] }""");

        var a = Assert.Single(VulnerableSymbols.From(inPath).Symbols);
        var b = Assert.Single(VulnerableSymbols.From(inSymbol).Symbols);

        Assert.Equal("org.apache.logging.log4j.Logger.info", a.FullName);
        Assert.Equal(a.FullName, b.FullName);
        Assert.Equal(("org.apache.logging.log4j.Logger", "info"), (a.Path, a.Symbol));
        Assert.Equal(("org.apache.logging.log4j", "Logger.info"), (b.Path, b.Symbol));
        Assert.Equal(new VulnerableSymbol(a.FullName, a.Path, a.Symbol, Ecosystem.Maven, "org.apache.logging.log4j:log4j-core", "imports"), a);
    }

    [Fact]
    public void NpmMember_IsPackageDotMember()
    {
        var advisory = Record("npm", "lodash", """{ "imports": [ { "path": "lodash", "symbols": ["merge", "mergeWith"] } ] }""");

        Assert.Equal(["lodash.merge", "lodash.mergeWith"], Names(advisory));
    }

    [Fact]
    public void NpmDefaultExport_IsTheBarePackageName()
    {
        var advisory = Record("npm", "minimist", """{ "imports": [ { "path": "minimist", "symbols": ["default"] } ] }""");

        var symbol = Assert.Single(VulnerableSymbols.From(advisory).Symbols);
        Assert.Equal("minimist", symbol.FullName);
        Assert.Equal(VulnerableSymbol.DefaultExport, symbol.Symbol);
        Assert.False(symbol.IsAnyUse);
    }

    [Fact]
    public void DefaultOutsideNpm_IsAnOrdinaryName()
    {
        var advisory = Record("PyPI", "acme", """{ "imports": [ { "path": "acme.settings", "symbols": ["default"] } ] }""");

        Assert.Equal(["acme.settings.default"], Names(advisory));
    }

    [Fact]
    public void NuGetMethod_IsNamespaceTypeMethod()
    {
        var advisory = Record("NuGet", "Newtonsoft.Json", """{ "imports": [ { "path": "Newtonsoft.Json.JsonConvert", "symbols": ["DeserializeObject"] } ] }""");

        Assert.Equal(["Newtonsoft.Json.JsonConvert.DeserializeObject"], Names(advisory));
    }

    [Theory]
    [InlineData("""{ "imports": [ { "path": "github.com/revel/revel" } ] }""")]
    [InlineData("""{ "imports": [ { "path": "github.com/revel/revel", "symbols": null } ] }""")]
    [InlineData("""{ "imports": [ { "path": "github.com/revel/revel", "symbols": [] } ] }""")]
    public void PathWithoutSymbols_MeansAnyUseOfThePath(string ecosystemSpecific)
    {
        var symbol = Assert.Single(VulnerableSymbols.From(Record("Go", "github.com/revel/revel", ecosystemSpecific)).Symbols);

        Assert.True(symbol.IsAnyUse);
        Assert.Equal("github.com/revel/revel.*", symbol.FullName);
        Assert.Equal(VulnerableSymbol.AnySymbol, symbol.Symbol);
    }

    [Fact]
    public void GoosAndGoarch_AreIgnored()
    {
        var advisory = Record("Go", "github.com/labstack/echo/v4", """
            { "imports": [ { "path": "github.com/labstack/echo/v4", "goos": ["windows"], "goarch": ["386"], "symbols": ["Echo.Static"] } ] }
            """);

        Assert.Equal(["github.com/labstack/echo/v4.Echo.Static"], Names(advisory));
    }

    [Fact]
    public void RustSecFunctions_UseDotsForPathSeparators()
    {
        var advisory = Record("crates.io", "smallvec", """
            { "affects": { "arch": [], "os": [], "functions": ["smallvec::SmallVec::insert_many", "smallvec::from_elem"] } }
            """);

        var symbols = VulnerableSymbols.From(advisory).Symbols;

        Assert.Equal(["smallvec.SmallVec.insert_many", "smallvec.from_elem"], symbols.Select(s => s.FullName));
        Assert.Equal(("smallvec.SmallVec", "insert_many", "rustsec"), (symbols[0].Path, symbols[0].Symbol, symbols[0].Source));
        Assert.Equal((Ecosystem?)Ecosystem.Cargo, symbols[0].Ecosystem);
    }

    [Fact]
    public void RustSecWithoutFunctions_GivesNoSymbols()
    {
        var advisory = Record("crates.io", "regex", """{ "affects": { "arch": [], "os": ["windows"], "functions": [] } }""");

        var set = VulnerableSymbols.From(advisory);

        Assert.False(set.HasSymbols);
        Assert.Empty(set.Problems);
    }

    [Fact]
    public void GhsaAffectedFunctions_AreNotSymbols()
    {
        // GitHub names internals (lodash.baseSet) that no caller's code calls: matching them would hide real use.
        var advisory = Sample("GHSA-p6mc-m468-83gw");

        Assert.Contains("affected_functions", advisory.Affected[0].EcosystemSpecificJson, StringComparison.Ordinal);
        Assert.False(VulnerableSymbols.From(advisory).HasSymbols);
    }

    [Fact]
    public void SymbolRepeatedAcrossEntriesOfOnePackage_IsListedOnce_ButEachPackageKeepsItsOwn()
    {
        var advisory = Json("""
            { "id": "TEST-2", "affected": [
              { "package": { "ecosystem": "npm", "name": "minimist" }, "ecosystem_specific": { "imports": [ { "path": "minimist", "symbols": ["default"] } ] } },
              { "package": { "ecosystem": "npm", "name": "minimist" }, "ecosystem_specific": { "imports": [ { "path": "minimist", "symbols": ["default"] } ] } },
              { "package": { "ecosystem": "npm", "name": "yargs-parser" }, "ecosystem_specific": { "imports": [ { "path": "minimist", "symbols": ["default"] } ] } } ] }
            """);

        var symbols = VulnerableSymbols.From(advisory).Symbols;

        Assert.Equal([("minimist", "minimist"), ("minimist", "yargs-parser")], symbols.Select(s => (s.FullName, s.PackageName)));
    }

    [Fact]
    public void RecordWithoutEcosystemSpecific_HasNoSymbolsAndNoProblems()
    {
        var set = VulnerableSymbols.From(Sample("GHSA-5crp-9r3c-p9vr"));

        Assert.False(set.HasSymbols);
        Assert.Empty(set.Problems);
    }
}
