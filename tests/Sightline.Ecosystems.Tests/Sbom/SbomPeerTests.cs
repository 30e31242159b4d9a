using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.Sbom.SbomTestSupport;

namespace Sightline.Ecosystems.Tests.Sbom;

/// <summary>
/// SBOMs written by other tools (cdxgen 12.8.4, cyclonedx-npm 6.0.1) from ../shared/data/lockfiles
/// projects. Expected figures come from testdata/sbom/README.md's python commands, not from this code.
/// </summary>
public class SbomPeerTests
{
    [Theory]
    [InlineData("huginn.cyclonedx-npm.cdx.json", "CycloneDX 1.6", 26, 0)]
    [InlineData("huginn.cdxgen.cdx.json", "CycloneDX 1.7", 26, 2)]
    public void HuginnPackageLock_BothPeers_Give96PackagesAnd137Edges(string file, string kind, int optional, int dev)
    {
        var result = Fixture(file);

        var graph = Assert.Single(result.Graphs);
        Assert.Equal((Ecosystem.Npm, kind, "huginn"), (graph.Ecosystem, graph.Kind, graph.Root.Name));
        Assert.Equal(96, graph.Nodes.Count - 1);
        Assert.Equal(137, graph.Edges.Count);
        Assert.Equal(4, graph.Edges.Count(e => e.From == 0));
        Assert.Empty(graph.Unresolved);
        Assert.Equal(optional, graph.Nodes.Count(n => n.Id != 0 && n.Scope == DependencyScope.Optional));
        Assert.Equal(dev, graph.Nodes.Count(n => n.Id != 0 && n.Scope == DependencyScope.Dev));
        Assert.Equal("pkg:npm/%40fortawesome/fontawesome-free@7.3.1", Node(graph, "@fortawesome/fontawesome-free").Purl);
        Assert.StartsWith("sha512:c2682528a3c3224815dda5a56735840823e81889180ae973070c46f7ec3badce", Node(graph, "@fortawesome/fontawesome-free").Integrity, StringComparison.Ordinal);
    }

    [Fact]
    public void HuginnCdxgen_Version17_IsReadWithAWarning()
    {
        var result = Fixture("huginn.cdxgen.cdx.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal("huginn.cdxgen.cdx.json: CycloneDX 1.7 is newer than the 1.4–1.6 this reader knows; read as 1.6", error.ToString());
    }

    [Fact]
    public void HuginnPeers_AgreeOnPackagesAndEdges()
    {
        var npm = Assert.Single(Fixture("huginn.cyclonedx-npm.cdx.json").Graphs);
        var cdxgen = Assert.Single(Fixture("huginn.cdxgen.cdx.json").Graphs);

        Assert.Equal(Packages(npm), Packages(cdxgen));
        Assert.Equal(Edges(npm), Edges(cdxgen));
    }

    [Fact]
    public void PetclinicCdxgen_ComponentsWithoutVersion_AreUnresolved_VersionedOnesHangOffTheRoot()
    {
        var result = Fixture("petclinic.cdxgen.cdx.json");

        var graph = Assert.Single(result.Graphs);
        Assert.Equal((Ecosystem.Maven, "petclinic.cdxgen.cdx.json"), (graph.Ecosystem, graph.Root.Name));
        Assert.Equal(["org.webjars.npm:bootstrap@5.3.8", "org.webjars.npm:font-awesome@4.7.0", "org.webjars:webjars-locator-lite@1.1.3"], Packages(graph));
        Assert.Equal(3, graph.Edges.Count(e => e.From == 0));
        Assert.Equal(21, graph.Unresolved.Count);
        Assert.All(graph.Unresolved, u => Assert.Equal("SBOM component has no version", u.Reason));
        Assert.Equal(9, graph.Unresolved.Count(u => u.Scope == DependencyScope.Optional));
        Assert.Contains(graph.Unresolved, u => u.Name == "org.springframework.boot:spring-boot-starter-actuator");
    }

    [Fact]
    public void FlaskCdxgen_83Packages_157EdgesPlusThreeOrphansUnderTheRoot()
    {
        var result = Fixture("flask.cdxgen.cdx.json");

        var graph = Assert.Single(result.Graphs);
        Assert.Equal((Ecosystem.PyPI, "flask", "latest"), (graph.Ecosystem, graph.Root.Name, graph.Root.Version));
        Assert.Equal(83, graph.Nodes.Count - 1);
        Assert.Equal(160, graph.Edges.Count);
        Assert.Equal(3, graph.Edges.Count(e => e.From == 0));
        Assert.Contains("ROOT -> flask@3.2.0.dev0", Edges(graph));
        Assert.Contains("flask@3.2.0.dev0 -> werkzeug@3.1.8", Edges(graph));
    }
}
