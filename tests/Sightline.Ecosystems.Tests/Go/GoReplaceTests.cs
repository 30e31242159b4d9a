using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Xunit;
using static Sightline.Ecosystems.Tests.Go.GoTestRepos;

namespace Sightline.Ecosystems.Tests.Go;

public class GoReplaceTests
{
    [Fact]
    public void LocalPathReplace_IsALocalNode_WithRequirementsFromItsGoMod()
    {
        var result = Extract(Fixture("local-replace"));
        var graph = Graph(result, "go.mod");

        Assert.Empty(result.Errors);
        Assert.Equal(["go.mod", "tools/go.mod", "util/go.mod"], result.Graphs.Select(g => g.ManifestPath));
        var util = Node(graph, "example.com/util");
        Assert.Equal(PackageSource.Local, util.Source);
        Assert.Equal("util", util.Resolved);
        Assert.Null(util.Version);
        Assert.True(util.Direct);

        // util's own replace is ignored (not the main module) and its requirement not in the build list is
        // pruned: it links to the version the main module selected.
        Assert.Equal(["golang.org/x/sync@v0.7.0"], Children(graph, util.Id));
        var sync = Node(graph, "golang.org/x/sync");
        Assert.Equal("v0.6.0", graph.Edges.Single(e => e.From == util.Id).Requirement);
        Assert.False(sync.Direct);
        Assert.Equal("h1:YsImfSBoP9QPYL0xyKJPq0gcaJdG3rInoqxTWbfQu9M=", sync.Integrity);
        var paths = GraphPaths.AllPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.From, e.To)), sync.Id, 10, out _);
        Assert.Equal([[sync.Id], [util.Id, sync.Id]], paths);
    }

    [Fact]
    public void LocalPathReplace_WithoutGoModOrOutsideTheRepository_IsUnresolved()
    {
        var graph = Graph(Extract(Fixture("local-replace")), "go.mod");

        var gone = Node(graph, "example.com/gone");
        Assert.Equal("gone", gone.Resolved);
        Assert.Contains(graph.Unresolved, u => u.Name == "example.com/gone" && u.Reason.Contains("has no go.mod", StringComparison.Ordinal));
        Assert.Equal("/home/dev/elsewhere", Node(graph, "example.com/elsewhere").Resolved);
        Assert.Contains(graph.Unresolved, u => u.Name == "example.com/elsewhere" && u.Reason.Contains("outside the repository", StringComparison.Ordinal));
        // Local modules have no go.sum line; nothing else is missing.
        Assert.DoesNotContain(graph.Unresolved, u => u.Reason == "missing from go.sum");
        Assert.Equal(3, graph.Unresolved.Count);
    }

    [Fact]
    public void VersionSpecificReplace_AppliesOnlyToThatVersion()
    {
        var graph = Graph(Extract(Fixture("version-replace")), "go.mod");

        var fork = Node(graph, "example.com/a-fork");
        Assert.Equal("v1.4.0", fork.Version);
        Assert.Equal("example.com/a", fork.Alias);
        Assert.Equal("pkg:golang/example.com/a-fork@v1.4.0", fork.Purl);
        Assert.Equal("v1.2.3", graph.Edges.Single(e => e.To == fork.Id).Requirement);
        Assert.Equal("v1.1.0", Node(graph, "example.com/b").Version);
        Assert.DoesNotContain(graph.Nodes, n => n.Name == "example.com/b-fork");
        Assert.Equal("v0.3.0", Node(graph, "example.com/quoted").Version);
        Assert.Null(graph.LockfilePath);
    }

    [Fact]
    public void ExcludedVersionStillRequired_IsNoted_AndNotDropped()
    {
        var graph = Graph(Extract(Fixture("version-replace")), "go.mod");

        Assert.Contains(graph.Unresolved, u => u.Name == "example.com/b" && u.Requirement == "v1.1.0" && u.Reason.Contains("excludes", StringComparison.Ordinal));
        Assert.Equal(4, graph.Nodes.Count);
    }

    [Fact]
    public void LocalReplaceCycle_Terminates()
    {
        var repository = new InMemoryRepository()
            .Add("go.mod", "module m\ngo 1.22\nrequire (\n\tx v1.0.0\n\ty v1.0.0\n)\nreplace x => ./x\nreplace y => ./y\n")
            .Add("x/go.mod", "module x\ngo 1.22\nrequire y v1.0.0\nrequire m v1.0.0\n")
            .Add("y/go.mod", "module y\ngo 1.22\nrequire x v1.0.0\n");

        var graph = Graph(Extract(repository), "go.mod");

        Assert.Equal(["y"], Children(graph, Node(graph, "x").Id));
        Assert.Equal(["x"], Children(graph, Node(graph, "y").Id));
        Assert.DoesNotContain(graph.Edges, e => e.To == 0);
    }

    [Fact]
    public void BeforeGo117_LocalModulesAddModules_AndTheListIsSaidToBeIncomplete()
    {
        var repository = new InMemoryRepository()
            .Add("go.mod", "module m\ngo 1.16\nrequire u v0.0.0\nreplace u => ./u\n")
            .Add("u/go.mod", "module u\nrequire example.com/extra v1.0.0\n");

        var graph = Graph(Extract(repository), "go.mod");

        var extra = Node(graph, "example.com/extra");
        Assert.False(extra.Direct);
        Assert.Contains(graph.Unresolved, u => u.Name == "*" && u.Reason.Contains("before Go 1.17", StringComparison.Ordinal));
    }

    [Fact]
    public void BrokenLocalGoMod_CostsOnlyItsOwnEdges()
    {
        var repository = new InMemoryRepository()
            .Add("go.mod", "module m\ngo 1.22\nrequire u v0.0.0\nreplace u => ./u\n")
            .Add("u/go.mod", "module u\nrequire (\n");

        var result = Extract(repository);

        var error = Assert.Single(result.Errors);
        Assert.Equal("u/go.mod", error.File);
        Assert.Contains(Graph(result, "go.mod").Unresolved, u => u.Name == "u" && u.Reason.Contains("u/go.mod:2:1", StringComparison.Ordinal));
    }
}
