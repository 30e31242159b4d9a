using Sightline.Core.Model;
using Xunit;

namespace Sightline.Ecosystems.Tests.Maven;

/// <summary>
/// testdata/maven/local-project against the fixture local repository (m2). The expected tree was
/// cross-checked with Maven 3.8.7's own resolver (see testdata/maven/README.md).
/// </summary>
public class ResolutionTests
{
    private static readonly Lazy<DependencyGraph> Graph = new(() =>
    {
        var result = MavenTestData.Extract(MavenTestData.Folder("local-project"), MavenTestData.WithLocalRepository);
        Assert.Empty(result.Errors);
        return result.Graph("pom.xml");
    });

    [Fact]
    public void LocalProject_ResolvesTheSameTreeAsMaven()
    {
        var graph = Graph.Value;

        var expected = new[]
        {
            "lib-a@1.0 Runtime direct", "lib-x@1.0 Runtime direct", "lib-w@1.0 Runtime direct", "test-kit@1.0 Test direct", "lib-p@1.0 Runtime direct",
            "lib-c@1.0 Runtime", "lib-e@1.0 Runtime", "lib-g@3.0 Runtime", "lib-rt@1.0 Runtime", "lib-missing@9.9 Runtime", "lib-b@1.0 Runtime",
            "lib-tk-dep@1.0 Test", "lib-h@4.2 Runtime", "lib-rt-child@1.0 Runtime", "lib-r@1.5 Runtime",
        };
        Assert.Equal(expected, graph.Nodes.Skip(1).Select(n => $"{n.Name["org.example:".Length..]}@{n.Version} {n.Scope}{(n.Direct ? " direct" : string.Empty)}"));
        Assert.Equal("com.acme:local-app", graph.Root.Name);
        Assert.Equal("1.0.0", graph.Root.Version);
        Assert.Equal([new PublishedPackage("com.acme:local-app", "1.0.0")], graph.Publishes);
        Assert.Equal("pom.xml", graph.Kind);
    }

    [Fact]
    public void NearestWins_TheShallowerDeclarationPicksTheVersion_AndTheDeeperOneStillGetsItsEdge()
    {
        var graph = Graph.Value;

        // lib-a → lib-c 1.0 (depth 2) beats lib-x → lib-b → lib-c 2.0 (depth 3).
        var libC = graph.Node("org.example:lib-c");
        Assert.Equal("1.0", libC.Version);
        var libB = graph.Node("org.example:lib-b");
        Assert.Contains(graph.Edges, e => e.From == libB.Id && e.To == libC.Id && e.Requirement == "2.0");
        Assert.Equal(["org.example:lib-a@1.0", "org.example:lib-c@1.0"], graph.ShortestPath("org.example:lib-c"));
    }

    [Fact]
    public void NearestWins_AtEqualDepth_TheFirstDeclarationWins()
    {
        var graph = Graph.Value;

        // lib-a (declared first) asks lib-e 1.0, lib-x asks 2.0: both at depth 2.
        Assert.Equal("1.0", graph.Node("org.example:lib-e").Version);
        Assert.Contains(graph.Edges, e => e.From == graph.Node("org.example:lib-x").Id && e.To == graph.Node("org.example:lib-e").Id && e.Requirement == "2.0");
    }

    [Fact]
    public void TestProvidedAndOptionalDependenciesOfDependencies_AreNotTransitive()
    {
        var graph = Graph.Value;

        Assert.False(graph.Has("org.example:test-only"));
        Assert.False(graph.Has("org.example:lib-prov"));
        Assert.False(graph.Has("org.example:lib-opt"));
    }

    [Fact]
    public void Exclusions_RemoveTheExcludedSubtree_AndTheWildcardRemovesEverything()
    {
        var graph = Graph.Value;

        Assert.False(graph.Has("org.example:lib-f"));
        Assert.False(graph.Has("org.example:lib-f-child"));
        Assert.False(graph.Has("org.example:lib-w-child"));
        Assert.True(graph.Node("org.example:lib-w").Direct);
    }

    [Fact]
    public void RootDependencyManagement_OverridesTransitiveVersions_EdgeKeepsTheDeclaredOne()
    {
        var graph = Graph.Value;

        var libG = graph.Node("org.example:lib-g");
        Assert.Equal("3.0", libG.Version);
        Assert.Equal("1.0", Assert.Single(graph.Edges, e => e.To == libG.Id).Requirement);
    }

    [Fact]
    public void Scopes_PropagateLikeMaven()
    {
        var graph = Graph.Value;

        Assert.Equal(DependencyScope.Test, graph.Node("org.example:lib-tk-dep").Scope);
        Assert.Equal(DependencyScope.Test, Assert.Single(graph.Edges, e => e.To == graph.Node("org.example:lib-tk-dep").Id).Scope);
        Assert.Equal(DependencyScope.Runtime, graph.Node("org.example:lib-rt-child").Scope);
    }

    [Fact]
    public void VersionRange_IsResolvedFromTheVersionsTheLocalRepositoryHolds()
    {
        var graph = Graph.Value;

        var libR = graph.Node("org.example:lib-r");
        Assert.Equal("1.5", libR.Version);
        Assert.Equal("[1.0,2.0)", Assert.Single(graph.Edges, e => e.To == libR.Id).Requirement);
    }

    [Fact]
    public void LibraryParentInTheLocalRepository_ManagesItsDependencyThroughAProperty()
    {
        Assert.Equal("4.2", Graph.Value.Node("org.example:lib-h").Version);
    }

    [Fact]
    public void MissingPom_KeepsThePackage_AndNamesTheCoordinatesAsUnresolved()
    {
        var graph = Graph.Value;

        Assert.Equal("9.9", graph.Node("org.example:lib-missing").Version);
        var missing = Assert.Single(graph.Unresolved);
        Assert.Equal("org.example:lib-missing:9.9", missing.Name);
        Assert.Equal("POM not found in the repository or the local Maven repository: its dependencies are unknown", missing.Reason);
        Assert.Equal(DependencyScope.Runtime, missing.Scope);
    }
}
