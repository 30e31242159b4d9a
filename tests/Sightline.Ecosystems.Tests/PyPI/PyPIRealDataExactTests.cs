using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.PyPI.PyPITestSupport;

namespace Sightline.Ecosystems.Tests.PyPI;

/// <summary>Figures worked out with python3 tomllib, independently of the extractor: see testdata/pypi/README.md.</summary>
public class PyPIRealDataExactTests
{
    [Fact]
    public void TextualPoetryLockV2_MatchesPoetrysOwnGroups()
    {
        var result = ExtractFolder(RealData, "Textualize__textual");
        var graph = Graph(result, "poetry.lock");

        Assert.Empty(result.Errors);
        Assert.Equal("poetry.lock v2.1", graph.Kind);
        Assert.Equal("pyproject.toml", graph.ManifestPath);
        Assert.Equal(("textual", "8.2.8"), (graph.Root.Name, graph.Root.Version));
        Assert.Equal(new PublishedPackage("textual", "8.2.8"), Assert.Single(graph.Publishes));
        Assert.Equal(111, graph.Nodes.Count - 1);

        // Poetry 2.1 records each package's groups: main → runtime (optional = true → optional), dev only → dev.
        var scopes = graph.Nodes.Skip(1).GroupBy(n => n.Scope).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(9, scopes[DependencyScope.Runtime]);
        Assert.Equal(16, scopes[DependencyScope.Optional]);
        Assert.Equal(86, scopes[DependencyScope.Dev]);
        Assert.Equal(42, graph.Nodes.Count(n => n.Direct));

        var rich = Node(graph, "rich", "14.2.0");
        Assert.True(rich.Direct);
        Assert.Equal(DependencyScope.Runtime, rich.Scope);
        Assert.Equal("sha256:73ff50c7c0c1c77c8243079283f4edb376f0f6442433aecb8ce7e6d0b92d1fe4", rich.Integrity);
        Assert.Equal(PackageSource.Registry, rich.Source);
        var richEdges = graph.Edges.Where(e => e.From == rich.Id).Select(e => (graph.Nodes[e.To].Name, e.Requirement)).Order().ToList();
        Assert.Equal([("markdown-it-py", ">=2.2.0"), ("pygments", ">=2.13.0,<3.0.0")], richEdges);

        // markdown-it-py[linkify] is requested by the project, so its optional linkify-it-py is installed at runtime.
        Assert.Equal(DependencyScope.Runtime, Node(graph, "linkify-it-py", "2.0.3").Scope);
        Assert.Equal(DependencyScope.Optional, Node(graph, "tree-sitter").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "pytest").Scope);
        Assert.Equal("markdown-it-py@3.0.0 > linkify-it-py@2.0.3 > uc-micro-py@1.0.3", ShortestPath(graph, Node(graph, "uc-micro-py")));

        // Plugins that require textual itself are satisfied by the project: no gap is reported.
        Assert.Empty(graph.Unresolved);
    }

    [Fact]
    public void FlaskUvLock_ScopesFromGroupsAndExtras()
    {
        var result = ExtractFolder(RealData, "pallets__flask");
        var graph = Graph(result, "uv.lock");

        Assert.Empty(result.Errors);
        Assert.Equal("uv.lock v1", graph.Kind);
        Assert.Equal(("Flask", "3.2.0.dev"), (graph.Root.Name, graph.Root.Version));
        Assert.Equal(82, graph.Nodes.Count - 1);
        Assert.Equal(163, graph.Edges.Count);
        Assert.Equal(28, graph.Edges.Count(e => e.From == 0));
        Assert.Equal(28, graph.Nodes.Count(n => n.Direct));
        var scopes = graph.Nodes.Skip(1).GroupBy(n => n.Scope).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(7, scopes[DependencyScope.Runtime]);
        Assert.Equal(3, scopes[DependencyScope.Optional]);
        Assert.Equal(71, scopes[DependencyScope.Dev]);
        Assert.Equal(1, scopes[DependencyScope.Test]);

        var werkzeug = Node(graph, "werkzeug");
        Assert.Equal("3.1.8", werkzeug.Version);
        Assert.Equal("sha256:9bad61a4268dac112f1c5cd4630a56ede601b6ed420300677a869083d70a4c44", werkzeug.Integrity);
        Assert.Equal(DependencyScope.Runtime, werkzeug.Scope);
        Assert.Contains(graph.Edges, e => e.From == 0 && e.To == werkzeug.Id && e.Requirement == ">=3.1.0");
        Assert.Equal(["markupsafe"], graph.Edges.Where(e => e.From == werkzeug.Id).Select(e => graph.Nodes[e.To].Name));

        // An extra (async → asgiref) is optional; a group named "tests" is test unless a dev group also has it.
        Assert.Equal(DependencyScope.Optional, Node(graph, "asgiref").Scope);
        Assert.Equal(DependencyScope.Test, Node(graph, "greenlet").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "pytest").Scope);

        // Two locked versions of one name (per Python version): both are nodes, both hang off the root.
        Assert.Equal(["8.1.3", "8.2.3"], graph.Nodes.Where(n => n.Name == "sphinx").Select(n => n.Version).Order());
        Assert.Equal("click@8.3.2 > colorama@0.4.6", ShortestPath(graph, Node(graph, "colorama")));
    }

    [Fact]
    public void PydanticUvWorkspace_MemberIsLocalAndPublished()
    {
        var result = ExtractFolder(RealData, "pydantic__pydantic");
        var graph = Graph(result, "uv.lock");

        Assert.Empty(result.Errors);
        var core = Node(graph, "pydantic-core");
        Assert.Equal(PackageSource.Local, core.Source);
        Assert.Equal("pydantic-core", core.Resolved);
        Assert.True(core.Direct);
        Assert.Equal(DependencyScope.Runtime, core.Scope);
        Assert.Contains(new PublishedPackage("pydantic-core", null), graph.Publishes);
        Assert.Contains(new PublishedPackage("pydantic", null), graph.Publishes);
        Assert.Equal(PackageSource.Git, Node(graph, "pydantic-docs").Source);

        // The member's own folder has its own uv.lock: that graph stands on its own.
        Assert.Equal(2, result.Graphs.Count);
    }

    [Fact]
    public void PipenvPipfileLock_DefaultIsRuntime_DevelopIsDev_PipfileSaysDirect()
    {
        var result = ExtractFolder(RealData, "pypa__pipenv");
        var graph = Graph(result, "Pipfile.lock");

        Assert.Equal("Pipfile", graph.ManifestPath);
        Assert.Equal("Pipfile.lock v6", graph.Kind);

        // 10 default + 100 develop entries; 9 names in both, 4 of them at another version: 105 name@version nodes.
        Assert.Equal(105, graph.Nodes.Count - 1);
        Assert.Equal(10, graph.Nodes.Count(n => n.Id > 0 && n.Scope == DependencyScope.Runtime));
        Assert.Equal(95, graph.Nodes.Count(n => n.Scope == DependencyScope.Dev));
        Assert.Equal(DependencyScope.Runtime, Node(graph, "packaging", "26.3").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "packaging", "26.2").Scope);
        var pytz = Node(graph, "pytz");
        Assert.True(pytz.Direct);
        Assert.False(Node(graph, "iniconfig").Direct);
        Assert.Equal("sha256:8b412432c6055b0b7d14c310000ae93352ed6754f70fa8f7c34141f91c4e3219", Node(graph, "exceptiongroup", "1.3.1").Integrity);
        Assert.Contains(graph.Unresolved, u => u.Name == "*" && u.Reason.Contains("no dependency edges", StringComparison.Ordinal));
    }
}
