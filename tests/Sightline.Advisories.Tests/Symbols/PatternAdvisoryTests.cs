using Sightline.Advisories.Osv;
using Sightline.Advisories.Symbols;
using Sightline.Advisories.Tests.Osv;
using Sightline.Core.Advisories;
using Sightline.Core.Model;
using Sightline.Store;
using Xunit;
using static Sightline.Advisories.Tests.Symbols.SymbolFixtures;

namespace Sightline.Advisories.Tests.Symbols;

/// <summary>Pattern advisories: a user's OSV record (samples/patterns) with ranges and imports, imported like any other.</summary>
public class PatternAdvisoryTests
{
    [Fact]
    public void YamlPattern_KeepsItsRangesAndSymbols()
    {
        var advisory = File(Pattern("ACME-2025-0001.yaml"));

        Assert.Equal("ACME-2025-0001", advisory.Id);
        Assert.Equal([new RangeEvent(RangeEventKind.Introduced, "0"), new RangeEvent(RangeEventKind.Fixed, "4.17.21")], advisory.Affected[0].Ranges[0].Events);
        var symbols = VulnerableSymbols.From(advisory).Symbols;
        Assert.Equal([("lodash.template", "lodash"), ("lodash.template", "lodash.template")], symbols.Select(s => (s.FullName, s.PackageName)));
        Assert.Equal((Ecosystem?)Ecosystem.Npm, symbols[0].Ecosystem);
    }

    [Fact]
    public void JsonPattern_GivesNewtonsoftDeserializers_InBothSpellings()
    {
        var names = Names(File(Pattern("ACME-2025-0002.json")));

        Assert.Equal(
            ["Newtonsoft.Json.JsonConvert.DeserializeObject", "Newtonsoft.Json.JsonConvert.PopulateObject",
             "Newtonsoft.Json.JsonSerializer.Deserialize", "Newtonsoft.Json.JsonSerializer.Populate"],
            names);
    }

    [Fact]
    public void YamlPattern_RoundTripsThroughTheStore_WithItsSymbols()
    {
        using var temp = new TempDir();
        using var store = SightlineStore.Open(temp.Database);
        var report = new OsvReadReport();
        var read = new OsvSource().Read(Path.GetDirectoryName(Pattern("ACME-2025-0001.yaml"))!, report).ToList();

        store.ImportAdvisories(read, "patterns");
        var back = Assert.Single(store.FindAdvisories("ACME-2025-0001"));

        Assert.Empty(report.Problems);
        Assert.Equal(2, read.Count);
        Assert.Equal(Names(read.Single(a => a.Id == "ACME-2025-0001")), Names(back));
        Assert.Equal(["ACME-2025-0001"], store.AdvisoriesFor(Ecosystem.Npm, "lodash").Select(a => a.Id));
    }

    [Fact]
    public void YamlWrittenInline_KeepsEcosystemSpecific()
    {
        var advisory = Yaml("""
            id: ACME-9
            affected:
              - package: { ecosystem: Go, name: golang.org/x/net }
                ecosystem_specific:
                  imports:
                    - path: golang.org/x/net/http2
                      goos: [linux]
                      symbols: [Server.ServeConn]
                    - path: golang.org/x/net/html
            """);

        Assert.Equal(["golang.org/x/net/http2.Server.ServeConn", "golang.org/x/net/html.*"], Names(advisory));
    }

    [Fact]
    public void OverlaySymbols_AreKeptInTheStoredRecord()
    {
        using var temp = new TempDir();
        using var store = SightlineStore.Open(temp.Database);

        store.ImportAdvisories([SymbolOverlay.BuiltIn.Apply(Sample("GHSA-xvch-5gv4-984h"))], "samples");
        var back = Assert.Single(store.FindAdvisories("CVE-2021-44906"));

        var symbol = VulnerableSymbols.From(back).Symbols[0];
        Assert.Equal(("minimist", "overlay:minimist"), (symbol.FullName, symbol.Source));
    }
}
