using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.PyPI.PyPITestSupport;

namespace Sightline.Ecosystems.Tests.PyPI;

public class PipfilePdmFixtureTests
{
    [Fact]
    public void PipfileLock_SectionsAreScopes_GitAndPathEntriesHaveSources()
    {
        var result = ExtractFolder(Fixtures, "pipfile");
        var graph = Graph(result, "Pipfile.lock");

        Assert.Empty(result.Errors);
        Assert.Equal("Pipfile", graph.ManifestPath);
        Assert.Equal(5, graph.Nodes.Count - 1);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "certifi").Scope);
        Assert.False(Node(graph, "certifi").Direct);
        Assert.True(Node(graph, "requests").Direct);
        Assert.Equal(DependencyScope.Dev, Node(graph, "pytest").Scope);
        Assert.Equal("sha256:58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f", Node(graph, "requests", "2.31.0").Integrity);

        var toolkit = Node(graph, "toolkit");
        Assert.Equal(PackageSource.Git, toolkit.Source);
        Assert.Equal("https://github.com/example/toolkit.git@0a1b2c3d4e5f60718293a4b5c6d7e8f901234567", toolkit.Resolved);
        Assert.Equal(PackageSource.Local, Node(graph, "local-app").Source);
    }

    [Fact]
    public void PipfileWithoutLock_PinsAreNodes_RangesAndMissingPathsAreUnresolved()
    {
        var result = ExtractFolder(Fixtures, "pipfile");
        var graph = Graph(result, "no-lock/Pipfile");

        Assert.Equal("Pipfile (no lockfile)", graph.Kind);
        Assert.Equal(["flask@3.0.3", "pytest@8.2.0"], graph.Nodes.Skip(1).Select(n => n.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(DependencyScope.Dev, Node(graph, "pytest").Scope);
        Assert.Contains(graph.Unresolved, u => u.Name == "requests" && u.Requirement == ">=2.31");
        Assert.Contains(graph.Unresolved, u => u.Name == "shared" && u.Reason.Contains("not in the repository", StringComparison.Ordinal));
        Assert.Contains(graph.Unresolved, u => u.Name == "*" && u.Reason.Contains("transitive", StringComparison.Ordinal));
    }

    [Fact]
    public void PdmLock_ExtrasEntriesJoinTheirPackage_GroupsComeFromThePyProject()
    {
        var result = ExtractFolder(Fixtures, "pdm");
        var graph = Graph(result, "pdm.lock");

        Assert.Empty(result.Errors);
        Assert.Equal("pdm.lock v4.5.0", graph.Kind);
        Assert.Equal(("pdm-demo", null), (graph.Root.Name, graph.Root.Version));
        Assert.Equal(new PublishedPackage("pdm-demo", null), Assert.Single(graph.Publishes));
        Assert.Equal(10, graph.Nodes.Count - 1);
        Assert.Single(graph.Nodes, n => n.Name == "httpx");

        // httpx[socks] adds socksio to httpx's own dependencies.
        var httpx = Node(graph, "httpx");
        Assert.Equal(["certifi", "idna", "socksio"], graph.Edges.Where(e => e.From == httpx.Id).Select(e => graph.Nodes[e.To].Name).Order(StringComparer.Ordinal));
        Assert.Equal(DependencyScope.Runtime, Node(graph, "socksio").Scope);
        Assert.Equal(DependencyScope.Optional, Node(graph, "click").Scope);
        Assert.Equal(DependencyScope.Optional, Node(graph, "colorama").Scope);
        Assert.Equal(DependencyScope.Test, Node(graph, "iniconfig").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "ruff").Scope);
        Assert.Equal("pytest@8.2.0 > iniconfig@2.0.0", ShortestPath(graph, Node(graph, "iniconfig")));

        var mylib = Node(graph, "mylib");
        Assert.Equal(PackageSource.Git, mylib.Source);
        Assert.Equal("https://github.com/example/mylib.git@9f8e7d6c5b4a39281706f5e4d3c2b1a098765432", mylib.Resolved);
        Assert.True(mylib.Direct);
        Assert.Empty(graph.Unresolved);
    }

    [Fact]
    public void PyProjectWithoutLock_PEP621AndDependencyGroups()
    {
        var result = ExtractFolder(Fixtures, "pyproject-only");
        var graph = Graph(result, "pyproject.toml");

        Assert.Empty(result.Errors);
        Assert.Equal("pyproject.toml (no lockfile)", graph.Kind);
        Assert.Equal("Acme_Tools", graph.Root.Name);
        Assert.Equal(new PublishedPackage("Acme_Tools", null), Assert.Single(graph.Publishes));
        Assert.Equal(["PyYAML@6.0.1", "attrs@23.2.0", "certifi@2024.2.2", "pytest@8.2.0"], graph.Nodes.Skip(1).Select(n => n.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(DependencyScope.Optional, Node(graph, "PyYAML").Scope);
        Assert.Equal(DependencyScope.Test, Node(graph, "pytest").Scope);
        Assert.Equal(PackageSource.Url, Node(graph, "certifi").Source);
        Assert.Contains(graph.Unresolved, u => u.Name == "pydantic" && u.Requirement == ">=2,<3");
        Assert.Contains(graph.Unresolved, u => u.Name == "ruff" && u.Scope == DependencyScope.Dev);
    }
}
