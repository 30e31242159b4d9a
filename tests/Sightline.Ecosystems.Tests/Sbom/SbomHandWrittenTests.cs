using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.Sbom.SbomTestSupport;

namespace Sightline.Ecosystems.Tests.Sbom;

/// <summary>The hand-written fixtures of testdata/sbom (see its README): one feature each, worked out by hand.</summary>
public class SbomHandWrittenTests
{
    [Fact]
    public void CycloneDx14_GivesOneGraphPerEcosystem_RootedAtTheMetadataComponent()
    {
        var result = Fixture("appliance-1.4.cdx.json");

        Assert.Empty(result.Errors);
        Assert.Equal([Ecosystem.Npm, Ecosystem.Maven, Ecosystem.Go], result.Graphs.Select(g => g.Ecosystem));
        Assert.All(result.Graphs, g =>
        {
            Assert.Equal(("acme-appliance", "7.2.0"), (g.Root.Name, g.Root.Version));
            Assert.Equal("appliance-1.4.cdx.json", g.ManifestPath);
            Assert.Equal("CycloneDX 1.4", g.Kind);
        });
        Assert.Equal(["ROOT -> @types/node@20.11.5", "ROOT -> express@4.18.2"], Edges(Graph(result, Ecosystem.Npm)));
        Assert.Equal(["ROOT -> org.apache.logging.log4j:log4j-core@2.14.1", "org.apache.logging.log4j:log4j-core@2.14.1 -> org.apache.logging.log4j:log4j-api@2.14.1"], Edges(Graph(result, Ecosystem.Maven)));
        Assert.Equal(["ROOT -> gopkg.in/yaml.v3@v3.0.1"], Edges(Graph(result, Ecosystem.Go)));
    }

    [Fact]
    public void CycloneDx14_ComponentsWithoutPurlOrWithAnUnknownType_AreUnresolvedWithTheReason()
    {
        var npm = Graph(Fixture("appliance-1.4.cdx.json"), Ecosystem.Npm);

        Assert.Equal(
            [
                new UnresolvedDependency("debian/openssl", "3.0.11-1", "purl type 'deb' is not an ecosystem Sightline indexes (pkg:deb/debian/openssl@3.0.11-1?arch=amd64)"),
                new UnresolvedDependency("libacme-crypto", "1.0", "SBOM component has no purl"),
            ],
            npm.Unresolved);
        Assert.Empty(Graph(Fixture("appliance-1.4.cdx.json"), Ecosystem.Maven).Unresolved);
    }

    [Fact]
    public void CycloneDx14_ScopesAndHashes_MapToNodeScopeAndIntegrity()
    {
        var result = Fixture("appliance-1.4.cdx.json");
        var npm = Graph(result, Ecosystem.Npm);

        Assert.Equal(DependencyScope.Dev, Node(npm, "@types/node").Scope);
        Assert.Equal(DependencyScope.Runtime, Node(npm, "express").Scope);
        Assert.True(Node(npm, "express").Direct);
        Assert.Equal("sha256:ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12", Node(npm, "express").Integrity);
        Assert.Equal(DependencyScope.Optional, Node(Graph(result, Ecosystem.Go), "gopkg.in/yaml.v3").Scope);
    }

    [Fact]
    public void CycloneDx15_CrossEcosystemEdgesAreDropped_TheChildHangsOffItsGraphsRoot()
    {
        var result = Fixture("gateway-1.5.cdx.json");

        Assert.Empty(result.Errors);
        Assert.Equal([Ecosystem.Npm, Ecosystem.NuGet, Ecosystem.PyPI, Ecosystem.Cargo, Ecosystem.RubyGems, Ecosystem.Packagist], result.Graphs.Select(g => g.Ecosystem));
        Assert.All(result.Graphs, g => Assert.Equal(("@acme/gateway", "2.0.0"), (g.Root.Name, g.Root.Version)));
        Assert.Equal(["ROOT -> requests@2.31.0"], Edges(Graph(result, Ecosystem.PyPI)));
        Assert.Equal(["ROOT -> serde@1.0.197"], Edges(Graph(result, Ecosystem.Cargo)));
        Assert.Equal(["ROOT -> Newtonsoft.Json@13.0.3"], Edges(Graph(result, Ecosystem.NuGet)));
        Assert.Equal(["ROOT -> rack@3.0.9"], Edges(Graph(result, Ecosystem.RubyGems)));
        Assert.Equal(["ROOT -> monolog/monolog@3.5.0"], Edges(Graph(result, Ecosystem.Packagist)));
    }

    [Fact]
    public void CycloneDx15_ACycleAndTwoRefsToOnePackage_GiveOneNodeEachAndTheCycleEdges()
    {
        var npm = Graph(Fixture("gateway-1.5.cdx.json"), Ecosystem.Npm);

        Assert.Equal(["debug@4.3.4", "left-pad@1.3.0", "ms@2.1.3"], Packages(npm));
        Assert.Equal(["ROOT -> debug@4.3.4", "ROOT -> left-pad@1.3.0", "debug@4.3.4 -> ms@2.1.3", "left-pad@1.3.0 -> ms@2.1.3", "ms@2.1.3 -> debug@4.3.4"], Edges(npm));
        Assert.Equal("sha512:6f3a1c0f6b2c3f5d", Node(npm, "ms").Integrity);
    }

    [Fact]
    public void Spdx22_RelationshipsGiveEdges_DependencyOfReversed_DevDependencyOfIsDev()
    {
        var result = Fixture("firmware-2.2.spdx.json");

        Assert.Empty(result.Errors);
        Assert.Equal([Ecosystem.Go, Ecosystem.PyPI], result.Graphs.Select(g => g.Ecosystem));
        var pypi = Graph(result, Ecosystem.PyPI);
        Assert.Equal(("acme-firmware", "5.1", "SPDX 2.2"), (pypi.Root.Name, pypi.Root.Version, pypi.Kind));
        Assert.Equal(["ROOT -> flask@2.3.3", "ROOT -> pytest@7.4.0", "flask@2.3.3 -> werkzeug@2.3.7"], Edges(pypi));
        Assert.Equal(DependencyScope.Dev, Node(pypi, "pytest").Scope);
        Assert.Equal((DependencyScope.Runtime, false), (Node(pypi, "werkzeug").Scope, Node(pypi, "werkzeug").Direct));
        Assert.Equal("sha256:09c347a92aa7ff4a8e7f3206795f30d826654baf38b873d0744cd571ca609efc", Node(pypi, "flask").Integrity);
        Assert.Equal("https://files.pythonhosted.org/packages/flask-2.3.3.tar.gz", Node(pypi, "flask").Resolved);
    }

    [Fact]
    public void Spdx22_ContainsThroughAnUnresolvedPackage_HangsTheChildOffTheRoot()
    {
        var result = Fixture("firmware-2.2.spdx.json");

        Assert.Equal(["ROOT -> github.com/gin-gonic/gin@v1.9.1"], Edges(Graph(result, Ecosystem.Go)));
        Assert.Equal([new UnresolvedDependency("busybox", "1.36.1", "SBOM component has no purl")], Graph(result, Ecosystem.PyPI).Unresolved);
    }
}
