using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.PyPI.PyPITestSupport;

namespace Sightline.Ecosystems.Tests.PyPI;

public class PoetryFixtureTests
{
    [Fact]
    public void PoetryLockV2_ListsGroupsAsScopes()
    {
        var result = ExtractFolder(Fixtures, "poetry-groups");
        var graph = Graph(result, "poetry.lock");

        Assert.Empty(result.Errors);
        Assert.Equal("poetry.lock v2.1", graph.Kind);
        Assert.Equal(("shop-api", "1.4.0"), (graph.Root.Name, graph.Root.Version));
        Assert.Equal(9, graph.Nodes.Count - 1);
        Assert.Equal(["Flask", "black", "pytest", "redis", "requests"], graph.Edges.Where(e => e.From == 0).Select(e => graph.Nodes[e.To].Name == "flask" ? "Flask" : graph.Nodes[e.To].Name).Order(StringComparer.Ordinal));

        Assert.Equal(DependencyScope.Runtime, Node(graph, "flask").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "black").Scope);
        Assert.Equal(DependencyScope.Test, Node(graph, "pytest").Scope);
        Assert.Equal(DependencyScope.Optional, Node(graph, "redis").Scope);

        // click is used by black (dev) and by flask (runtime): runtime wins, as poetry's groups ["main", "dev"] say.
        Assert.Equal(DependencyScope.Runtime, Node(graph, "click").Scope);
        Assert.False(Node(graph, "click").Direct);

        // requests[socks] is requested, so PySocks (optional in requests) is a runtime dependency.
        Assert.Equal(DependencyScope.Runtime, Node(graph, "pysocks").Scope);
        Assert.Contains(graph.Edges, e => e.From == Node(graph, "requests").Id && e.To == Node(graph, "pysocks").Id && e.Scope == DependencyScope.Runtime);

        // The unrequested extra's package (chardet) is not locked and not a gap; python is not a package.
        Assert.Empty(graph.Unresolved);
        Assert.DoesNotContain(graph.Nodes, n => n.Name == "python");

        Assert.Equal("sha256:c872b53057f000085da66a19c55d68f6f8ddcac2642392ad3a355878406fbd4d", Node(graph, "black").Integrity);
        Assert.Contains(graph.Edges, e => e.From == 0 && e.To == Node(graph, "flask").Id && e.Requirement == "^3.0");
        Assert.Equal("pytest@8.2.0 > colorama@0.4.6", ShortestPath(graph, Node(graph, "colorama")));
        Assert.Equal(DependencyScope.Runtime, Node(graph, "colorama").Scope);
        Assert.Equal(new PublishedPackage("shop-api", "1.4.0"), Assert.Single(graph.Publishes));
    }

    [Fact]
    public void PoetryLockV1_WithoutPyProject_UsesCategoriesAndInfersDirectPackages()
    {
        var result = ExtractFolder(Fixtures, "poetry-v1");
        var graph = Graph(result, "poetry.lock");

        Assert.Empty(result.Errors);
        Assert.Equal("poetry.lock v1.1", graph.Kind);
        Assert.Equal("poetry.lock", graph.ManifestPath);
        Assert.Equal(5, graph.Nodes.Count - 1);

        // Nothing requires requests, mypy-extensions or internal-lib: the project must have declared them.
        Assert.Equal(["internal-lib", "mypy-extensions", "requests"], graph.Nodes.Where(n => n.Direct).Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Equal(DependencyScope.Dev, Node(graph, "mypy-extensions").Scope);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "urllib3").Scope);
        Assert.Equal("requests@2.28.2 > urllib3@1.26.18", ShortestPath(graph, Node(graph, "urllib3")));
        Assert.Contains(graph.Unresolved, u => u.Name == "*" && u.Reason.Contains("inferred", StringComparison.Ordinal));

        // v1 keeps hashes under [metadata.files]; the sdist hash is preferred.
        Assert.Equal("sha256:539cc1d13202e33ca466e88b2807e29f4c13049d6d87031a3c110744495cb082", Node(graph, "certifi").Integrity);
        Assert.Null(Node(graph, "urllib3").Integrity);

        var git = Node(graph, "internal-lib");
        Assert.Equal(PackageSource.Git, git.Source);
        Assert.Equal("https://github.com/example/internal-lib.git@1f2e3d4c5b6a79881726354433221100ffeeddcc", git.Resolved);
        Assert.Empty(graph.Publishes);
    }
}
