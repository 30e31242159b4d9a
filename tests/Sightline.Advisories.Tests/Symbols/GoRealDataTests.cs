using Sightline.Advisories.Osv;
using Sightline.Advisories.Symbols;
using Sightline.Core.Advisories;
using Sightline.Tests;
using Xunit;
using static Sightline.Advisories.Tests.Symbols.SymbolFixtures;

namespace Sightline.Advisories.Tests.Symbols;

/// <summary>The Go vulnerability database (../shared/data/osv/go) writes imports[] as the OSV schema intends.</summary>
public class GoRealDataTests
{
    [Fact]
    public void Gin_GivesItsFiveLoggerFunctions()
    {
        var advisory = File(GoRecord("GO-2020-0001"));

        var symbols = VulnerableSymbols.From(advisory).Symbols;

        Assert.Equal(
            ["github.com/gin-gonic/gin.Default", "github.com/gin-gonic/gin.Logger", "github.com/gin-gonic/gin.LoggerWithConfig",
             "github.com/gin-gonic/gin.LoggerWithFormatter", "github.com/gin-gonic/gin.LoggerWithWriter"],
            symbols.Select(s => s.FullName));
        Assert.All(symbols, s => Assert.Equal(("github.com/gin-gonic/gin", "imports"), (s.PackageName, s.Source)));
    }

    [Fact]
    public void Http2RapidReset_NamesTheStandardLibraryAndXNet()
    {
        var symbols = VulnerableSymbols.From(File(GoRecord("GO-2022-0969"))).Symbols;

        Assert.Contains(symbols, s => s is { FullName: "net/http.Server.ListenAndServe", PackageName: "stdlib" });
        Assert.Contains(symbols, s => s is { FullName: "golang.org/x/net/http2.Server.ServeConn", Path: "golang.org/x/net/http2", Symbol: "Server.ServeConn", PackageName: "golang.org/x/net" });
        Assert.Equal(12, symbols.Count);
    }

    [Fact]
    public void PathWithoutSymbols_IsAnyUse()
    {
        var symbol = Assert.Single(VulnerableSymbols.From(File(GoRecord("GO-2020-0003"))).Symbols);

        Assert.Equal("github.com/revel/revel.*", symbol.FullName);
        Assert.True(symbol.IsAnyUse);
    }

    [Fact]
    public void GoarchRestrictedImports_StillGiveTheirSymbols()
    {
        var names = Names(File(GoRecord("GO-2020-0009")));

        Assert.Contains("github.com/square/go-jose/cipher.cbcAEAD.Open", names);
        Assert.Contains("github.com/square/go-jose/cipher.cbcAEAD.Seal", names);
    }

    [Fact]
    public void EveryGoRecord_ReadsWithoutProblems_AndGivesEverySymbolItNames()
    {
        var report = new OsvReadReport();
        var sets = new OsvSource().Read(Path.Combine(TestPaths.SharedData, "osv", "go"), report).Select(VulnerableSymbols.From).ToList();

        Assert.Empty(report.Problems);
        Assert.Equal(4291, sets.Count);
        Assert.All(sets, s => Assert.Empty(s.Problems));
        // Counted independently from the JSON: distinct (path.symbol, package) per record; no symbols = path.*.
        Assert.Equal(951, sets.Count(s => s.HasSymbols));
        Assert.Equal(10378, sets.Sum(s => s.Symbols.Count));
        Assert.Equal(123, sets.Sum(s => s.Symbols.Count(x => x.IsAnyUse)));
    }
}
