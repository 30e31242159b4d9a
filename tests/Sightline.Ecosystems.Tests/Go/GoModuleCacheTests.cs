using Sightline.Core.Model;
using Sightline.Ecosystems.Go;
using Xunit;
using static Sightline.Ecosystems.Tests.Go.GoTestRepos;

namespace Sightline.Ecosystems.Tests.Go;

public class GoModuleCacheTests
{
    private static readonly string Project = Fixture("module-cache", "project");
    private static readonly string Cache = Fixture("module-cache", "gomodcache");

    [Fact]
    public void ModuleCache_GivesEdgesBetweenModulesOfTheBuildList()
    {
        var graph = Graph(Extract(Project, Cache), "go.mod");

        var cobra = Node(graph, "github.com/spf13/cobra");
        var pflag = Node(graph, "github.com/spf13/pflag");
        var toml = Node(graph, "github.com/BurntSushi/toml");
        // cobra's go-md2man and yaml requirements are not in the build list (pruned): no nodes for them.
        Assert.Equal(["github.com/inconshreveable/mousetrap@v1.1.0", "github.com/spf13/pflag@v1.0.5"], Children(graph, cobra.Id));
        Assert.Equal(6, graph.Nodes.Count);
        // The upper-case path is found through the cache's "!" escaping.
        Assert.Equal("v1.0.3", graph.Edges.Single(e => e.From == toml.Id && e.To == pflag.Id).Requirement);
        var paths = GraphPaths.AllPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.From, e.To)), pflag.Id, 10, out _);
        Assert.Equal(3, paths.Count);
        Assert.Contains(paths, p => p.SequenceEqual([cobra.Id, pflag.Id]));
        var note = Assert.Single(graph.Unresolved);
        Assert.Contains("1 of 5 modules", note.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutModuleCache_EveryModuleHangsOffTheRoot()
    {
        var graph = Graph(Extract(Project), "go.mod");

        Assert.All(graph.Edges, e => Assert.Equal(0, e.From));
        Assert.Contains(graph.Unresolved, u => u.Name == "*" && u.Reason.Contains("no edges between dependencies", StringComparison.Ordinal));
        Assert.True(Node(graph, "github.com/spf13/cobra").Direct);
        Assert.False(Node(graph, "github.com/spf13/pflag").Direct);
    }

    [Theory]
    [InlineData("github.com/BurntSushi/toml", true, "github.com/!burnt!sushi/toml")]
    [InlineData("v1.0.0-RC1", false, "v1.0.0-!r!c1")]
    [InlineData("example.com/../../etc", true, null)]
    [InlineData("example.com/a b", true, null)]
    [InlineData("v1/../x", false, null)]
    public void Escape_FollowsTheModuleCacheEncoding_AndRefusesPathsThatLeaveIt(string text, bool isPath, string? expected)
    {
        Assert.Equal(expected?.Replace('/', Path.DirectorySeparatorChar), GoModuleCache.Escape(text, isPath));
    }

    [Fact]
    public void DefaultSettings_UseAModuleCacheOnlyIfItExists()
    {
        var settings = new GoSettings();

        Assert.True(settings.ModuleCache is null || Directory.Exists(settings.ModuleCache));
    }
}
