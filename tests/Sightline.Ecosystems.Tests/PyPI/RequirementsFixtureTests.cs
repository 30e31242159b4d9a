using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.PyPI.PyPITestSupport;

namespace Sightline.Ecosystems.Tests.PyPI;

public class RequirementsFixtureTests
{
    private static DependencyGraph Runtime(out Core.Extraction.ExtractionResult result)
    {
        result = ExtractFolder(Fixtures, "pip");
        return Graph(result, "requirements.txt");
    }

    [Fact]
    public void Requirements_PinsAreNodes_IncludesAndConstraintsAreFollowed()
    {
        var graph = Runtime(out var result);

        Assert.Empty(result.Errors);
        Assert.Equal("requirements.txt", graph.Kind);
        Assert.Equal(
            ["Django@4.2.11", "acme-widget", "celery@5.3.6", "idna@3.7", "numpy@1.26.4", "requests@2.31.0", "toolkit", "urllib3@2.2.1", "wheelhouse-pkg@2.0.1"],
            graph.Nodes.Skip(1).Select(n => n.ToString()).Order(StringComparer.Ordinal));
        Assert.All(graph.Nodes.Skip(1), n => Assert.True(n.Direct));
        Assert.All(graph.Nodes.Skip(1), n => Assert.Equal(DependencyScope.Runtime, n.Scope));

        // A constraint gives the version, the requirement keeps its own range; pytz is only constrained.
        Assert.Contains(graph.Edges, e => e.To == Node(graph, "celery").Id && e.Requirement == ">=5.3");
        Assert.DoesNotContain(graph.Nodes, n => n.Name == "pytz");

        Assert.Equal("sha256:1111111111111111111111111111111111111111111111111111111111111111", Node(graph, "Django").Integrity);
    }

    [Fact]
    public void Requirements_EditableVcsLocalAndUrlReferences_HaveTheirSources()
    {
        var graph = Runtime(out _);

        var toolkit = Node(graph, "toolkit");
        Assert.Equal(PackageSource.Git, toolkit.Source);
        Assert.Equal("git+https://github.com/example/toolkit.git@v1.2.0", toolkit.Resolved);
        Assert.Null(toolkit.Version);

        // "-e ./lib/widget": the name comes from the project's pyproject.toml.
        var widget = Node(graph, "acme-widget");
        Assert.Equal(PackageSource.Local, widget.Source);
        Assert.Equal("lib/widget", widget.Resolved);

        var wheel = Node(graph, "wheelhouse-pkg");
        Assert.Equal(PackageSource.Url, wheel.Source);
        Assert.Equal("https://files.example.com/wheels/wheelhouse_pkg-2.0.1-py3-none-any.whl", wheel.Resolved);
    }

    [Fact]
    public void Requirements_RangesWildcardsMissingOutsideAndCyclicIncludes_AreUnresolved()
    {
        var graph = Runtime(out _);

        Assert.Contains(graph.Unresolved, u => u.Name == "six" && u.Requirement == "==1.*");
        Assert.Contains(graph.Unresolved, u => u.Name == "missing.txt" && u.Reason.Contains("not in the repository", StringComparison.Ordinal));
        Assert.Contains(graph.Unresolved, u => u.Name == "../../outside.txt" && u.Reason.Contains("outside the repository", StringComparison.Ordinal));
        var cycle = Assert.Single(graph.Unresolved, u => u.Reason.Contains("include cycle", StringComparison.Ordinal));
        Assert.Equal("requirements/common.txt:2: -r base.txt: include cycle (requirements.txt → requirements/base.txt → requirements/common.txt → requirements/base.txt), not followed again", cycle.Reason);
    }

    [Fact]
    public void DevRequirementsFile_IsDev_AndIncludesTheRuntimeFile()
    {
        var result = ExtractFolder(Fixtures, "pip");
        var graph = Graph(result, "requirements-dev.txt");

        Assert.Equal(DependencyScope.Dev, Node(graph, "pytest", "8.2.0").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "Django", "4.2.11").Scope);
        Assert.Equal(10, graph.Nodes.Count - 1);

        // The included requirements.txt is also its own graph: pip installs each file on its own.
        Assert.Equal(DependencyScope.Runtime, Node(Graph(result, "requirements.txt"), "Django").Scope);
        Assert.Contains(result.Graphs, g => g.ManifestPath == "lib/widget/pyproject.toml");
    }
}
