using System.Text;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven;
using Xunit;

namespace Sightline.Ecosystems.Tests.Maven;

/// <summary>testdata/maven/bad and in-memory edge cases: each bad POM costs only itself, nothing hangs.</summary>
public class BadInputTests
{
    private static readonly Lazy<Core.Extraction.ExtractionResult> Bad = new(() =>
        MavenTestData.Extract(MavenTestData.Folder("bad"), MavenTestData.WithLocalRepository));

    [Fact]
    public void MalformedXml_IsAnErrorWithItsLine_AndTheOtherPomsAreStillExtracted()
    {
        var error = Assert.Single(Bad.Value.Errors, e => e.File == "malformed/pom.xml");

        Assert.Equal(11, error.Line);
        Assert.StartsWith("invalid XML:", error.Message, StringComparison.Ordinal);
        Assert.Equal("2.0", Bad.Value.Graph("good/pom.xml").Node("org.example:lib-c").Version);
        Assert.Equal(["good/pom.xml", "self-bom/pom.xml"], Bad.Value.Graphs.Select(g => g.ManifestPath));
    }

    [Fact]
    public void ParentCycle_IsAnErrorNamingTheChain()
    {
        var error = Assert.Single(Bad.Value.Errors, e => e.File == "parent-cycle/a/pom.xml");

        Assert.Equal("parent cycle: com.acme:cycle-a:1 → com.acme:cycle-b:1 → com.acme:cycle-a:1", error.Message);
        Assert.Equal(4, error.Line);
        Assert.Contains(Bad.Value.Errors, e => e.File == "parent-cycle/b/pom.xml");
    }

    [Fact]
    public void PropertyCycle_IsAnErrorNamingTheCycle()
    {
        var error = Assert.Single(Bad.Value.Errors, e => e.File == "property-cycle/pom.xml");

        Assert.Equal("property cycle: ${a} → ${b} → ${a}", error.Message);
    }

    [Fact]
    public void SelfImportingBom_IsUnresolved_NotAHang()
    {
        var graph = Bad.Value.Graph("self-bom/pom.xml");

        var cycle = Assert.Single(graph.Unresolved, u => u.Name == "com.acme:self-bom");
        Assert.StartsWith("BOM import cycle: com.acme:self-bom:1.0 imports itself", cycle.Reason, StringComparison.Ordinal);
        Assert.Contains(graph.Unresolved, u => u.Name == "org.example:lib-c" && u.Reason.StartsWith("no version declared or managed", StringComparison.Ordinal));
        Assert.Equal(5, Bad.Value.Errors.Count);
    }

    [Fact]
    public void BomsImportingEachOther_AreUnresolved_NotAHang()
    {
        static string Bom(string name, string other) =>
            $"<project><groupId>g</groupId><artifactId>{name}</artifactId><version>1</version><packaging>pom</packaging><dependencyManagement><dependencies>"
            + $"<dependency><groupId>g</groupId><artifactId>{other}</artifactId><version>1</version><type>pom</type><scope>import</scope></dependency>"
            + $"<dependency><groupId>g</groupId><artifactId>managed-by-{name}</artifactId><version>1.{name.Length}</version></dependency>"
            + "</dependencies></dependencyManagement></project>";
        var repository = new InMemoryRepository().Add("a/pom.xml", Bom("a", "bb")).Add("b/pom.xml", Bom("bb", "a"));

        var result = MavenTestData.Extract(new MavenExtractor(MavenTestData.NoRepositories), repository);

        Assert.Empty(result.Errors);
        Assert.Contains(result.Graph("a/pom.xml").Unresolved, u => u.Reason.StartsWith("BOM import cycle: g:a:1", StringComparison.Ordinal));
    }

    [Fact]
    public void PropertyExpansionBomb_IsAnError_NotAnOutOfMemory()
    {
        var properties = new StringBuilder("<p0>xxxxxxxxxxxxxxxx</p0>");
        for (var i = 1; i < 40; i++)
        {
            properties.Append($"<p{i}>${{p{i - 1}}}${{p{i - 1}}}</p{i}>");
        }

        var repository = new InMemoryRepository().Add("pom.xml",
            $"<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version><properties>{properties}</properties>"
            + "<dependencies><dependency><groupId>g</groupId><artifactId>b</artifactId><version>${p39}</version></dependency></dependencies></project>");

        var error = Assert.Single(MavenTestData.Extract(new MavenExtractor(MavenTestData.NoRepositories), repository).Errors);

        Assert.Contains("exceeds 64 KiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VeryDeepDependencyChain_IsCut_AndSaysSo()
    {
        var repository = new InMemoryRepository();
        for (var i = 0; i < 60; i++)
        {
            repository.Add($"m{i}/pom.xml",
                $"<project><groupId>g</groupId><artifactId>m{i}</artifactId><version>1</version>"
                + $"<dependencies><dependency><groupId>g</groupId><artifactId>m{i + 1}</artifactId><version>1</version></dependency></dependencies></project>");
        }

        var graph = MavenTestData.Extract(new MavenExtractor(MavenTestData.NoRepositories), repository).Graph("m0/pom.xml");

        Assert.Equal(48, graph.Nodes.Count - 1);
        Assert.Contains(graph.Unresolved, u => u.Reason == "dependencies deeper than 48 levels are not followed");
    }
}
