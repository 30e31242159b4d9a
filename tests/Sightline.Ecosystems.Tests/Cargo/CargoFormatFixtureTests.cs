using Sightline.Core.Model;
using Xunit;

namespace Sightline.Ecosystems.Tests.Cargo;

/// <summary>The smaller fixtures: a cargo-generated path workspace, a v1 lockfile, a v4 lockfile, a lockless library.</summary>
public class CargoFormatFixtureTests
{
    private static DependencyGraph LockGraph(string fixture, out Core.Extraction.ExtractionResult result)
    {
        result = CargoTestSupport.ExtractFolder(Path.Combine(CargoTestSupport.Fixtures, fixture));
        Assert.Empty(result.Errors);
        return result.Graphs.Single(g => g.LockfilePath == "Cargo.lock");
    }

    [Fact]
    public void CargoGeneratedWorkspace_PathDependencyInsideTheWorkspace_IsAMember()
    {
        // Cargo itself lists tools/c as a member (cargo metadata: workspace_members), though no glob names it.
        var graph = LockGraph("path-workspace", out var result);

        Assert.Equal("Cargo.lock v4", graph.Kind);
        Assert.Equal(["a@0.2.0", "b@0.2.0", "c_tool@1.0.0"], graph.Publishes.Select(p => $"{p.Name}@{p.Version}"));
        Assert.Equal(3, graph.Children(graph.Root).Count());
        var a = graph.Node("a");
        Assert.Equal(DependencyScope.Dev, graph.Edge(a, graph.Node("c_tool")).Scope);
        Assert.Equal(DependencyScope.Runtime, graph.Edge(a, graph.Node("b")).Scope);
        Assert.Equal("tools/c", graph.Node("c_tool").Location);
        Assert.Single(result.Graphs);
    }

    [Fact]
    public void LockfileV1_ResolvesFullReferences_AndMetadataChecksums()
    {
        var graph = LockGraph("legacy-v1", out var result);

        Assert.Equal("Cargo.lock v1", graph.Kind);
        Assert.Equal("legacy-tool", graph.Root.Name);
        Assert.Equal(8, graph.Nodes.Count - 1);
        Assert.Equal("sha256:c618c47cd3ebd209790115ab837de41425723956ad3ce2e6a7f09890947cacb9", graph.Node("rand", "0.5.6").Integrity);
        Assert.Equal("sha256:4785bdd1c96b2a846b2bd7cc02e86b6b3dbf14e7e53446c4f54c92a361040822", graph.Node("cfg-if").Integrity);

        // rand at two versions: each edge gets the requirement of the declaration that accepts it.
        Assert.Equal("0.4", graph.Edge(graph.Root, graph.Node("rand", "0.4.6")).Requirement);
        Assert.Equal("0.5", graph.Edge(graph.Root, graph.Node("rand", "0.5.6")).Requirement);
        Assert.Equal(["rand", "rand_core", "rand_core"], graph.ShortestPath(graph.Node("rand_core", "0.4.2")));
        Assert.Empty(graph.Unresolved);
    }

    [Fact]
    public void SinglePackage_PathDependency_IsLocalButNotAMember()
    {
        var graph = LockGraph("legacy-v1", out var result);

        var helper = graph.Node("helper");
        Assert.Equal(PackageSource.Local, helper.Source);
        Assert.True(helper.Direct);
        Assert.Equal(["legacy-tool@0.1.0"], graph.Publishes.Select(p => $"{p.Name}@{p.Version}"));

        // Not a member, so not covered by the lockfile graph: its own Cargo.toml gets a graph.
        var own = result.Graphs.Single(g => g.ManifestPath == "helper/Cargo.toml");
        Assert.Equal("helper", own.Root.Name);
    }

    [Fact]
    public void LockfileV4_DecodesGitQuery_AndKeepsPrivateRegistries()
    {
        var graph = LockGraph("git-v4", out _);

        Assert.Equal("Cargo.lock v4", graph.Kind);
        var schemars = graph.Node("schemars");
        Assert.Equal(PackageSource.Git, schemars.Source);
        Assert.Equal("https://github.com/example/schemars?branch=feat/newlines#4f3a1c2b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a", schemars.Resolved);
        var internalApi = graph.Node("internal-api");
        Assert.Equal(PackageSource.Registry, internalApi.Source);
        Assert.Equal("sparse+https://crates.corp.example/index/", internalApi.Resolved);
        Assert.Equal("1.3", graph.Edge(graph.Root, graph.Node("bitflags", "1.3.2")).Requirement);
        Assert.Equal("2", graph.Edge(graph.Root, graph.Node("bitflags", "2.13.0")).Requirement);
        Assert.Equal(DependencyScope.Dev, graph.Node("diff").Scope);
        Assert.Equal(DependencyScope.Runtime, graph.Node("bitflags", "2.13.0").Scope);
    }

    [Fact]
    public void LibraryWithoutLockfile_DeclaresEverythingUnresolved()
    {
        var result = CargoTestSupport.ExtractFolder(Path.Combine(CargoTestSupport.Fixtures, "library"));

        Assert.Empty(result.Errors);
        var graph = Assert.Single(result.Graphs);
        Assert.Equal("Cargo.toml (no lockfile)", graph.Kind);
        Assert.Null(graph.LockfilePath);
        Assert.Equal("tiny-lib", graph.Root.Name);
        Assert.Equal("2.0.1", graph.Root.Version);
        Assert.Single(graph.Nodes);
        Assert.Equal([new PublishedPackage("tiny-lib", "2.0.1")], graph.Publishes);
        var byName = graph.Unresolved.ToDictionary(u => u.Name);
        Assert.Equal(7, byName.Count);
        Assert.Equal("no Cargo.lock: requirement 2.7 not pinned", byName["memchr"].Reason);
        Assert.Equal(DependencyScope.Optional, byName["serde"].Scope);
        Assert.Equal("no Cargo.lock: path dependency ../helper not resolved", byName["local-helper"].Reason);
        Assert.Equal("no Cargo.lock: git dependency https://github.com/example/gitdep?tag=v1.0.0 not resolved", byName["gitdep"].Reason);
        Assert.Equal(DependencyScope.Dev, byName["criterion"].Scope);
        Assert.Equal(DependencyScope.Dev, byName["cc"].Scope);
        Assert.Contains("transitive dependencies are unknown", byName["*"].Reason, StringComparison.Ordinal);
    }
}
