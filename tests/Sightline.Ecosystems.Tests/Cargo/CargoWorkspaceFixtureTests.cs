using Sightline.Core.Model;
using Xunit;

namespace Sightline.Ecosystems.Tests.Cargo;

/// <summary>testdata/cargo/workspace: a virtual workspace, members under crates/*, inherited version and dependencies.</summary>
public class CargoWorkspaceFixtureTests
{
    private static readonly Lazy<Core.Extraction.ExtractionResult> Result =
        new(() => CargoTestSupport.ExtractFolder(Path.Combine(CargoTestSupport.Fixtures, "workspace")));

    private static DependencyGraph Graph => Result.Value.Graphs.Single(g => g.LockfilePath == "Cargo.lock");

    [Fact]
    public void Workspace_IsOneLockfileGraph_WithMembersAsLocalNodesUnderTheRoot()
    {
        Assert.Empty(Result.Value.Errors);
        Assert.Equal("Cargo.toml", Graph.ManifestPath);
        Assert.Equal("Cargo.lock v3", Graph.Kind);
        Assert.Equal(18, Graph.Nodes.Count - 1);
        var members = Graph.Children(Graph.Root).Select(n => n.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["app", "core-lib", "shared-util"], members);
        foreach (var member in Graph.Children(Graph.Root))
        {
            Assert.Equal(PackageSource.Local, member.Source);
            Assert.Equal(DependencyScope.Runtime, member.Scope);
            Assert.True(member.Direct);
        }

        Assert.Equal("crates/app", Graph.Node("app").Location);
        Assert.Equal("libs/shared-util", Graph.Node("shared-util").Location);
        Assert.Empty(Graph.Unresolved);
    }

    [Fact]
    public void Publishes_EveryMember_WithInheritedVersion_EvenWhenPublishIsFalse()
    {
        var published = Graph.Publishes.Select(p => $"{p.Name}@{p.Version}");

        Assert.Equal(["app@0.3.0", "core-lib@0.3.0", "shared-util@0.1.0"], published);
    }

    [Fact]
    public void MemberEdges_CarryDeclaredScopesAndRequirements_IncludingInheritedAndRenamed()
    {
        var app = Graph.Node("app");
        Assert.Equal("1.0", Graph.Edge(app, Graph.Node("anyhow")).Requirement);
        Assert.Equal("1.0.200", Graph.Edge(app, Graph.Node("serde")).Requirement);
        Assert.Equal("1.0.100", Graph.Edge(app, Graph.Node("serde_json")).Requirement);
        Assert.Equal(DependencyScope.Dev, Graph.Edge(app, Graph.Node("tempfile")).Scope);
        Assert.Equal(DependencyScope.Dev, Graph.Edge(app, Graph.Node("cc")).Scope);
        Assert.Equal(DependencyScope.Optional, Graph.Edge(app, Graph.Node("tracing")).Scope);
        Assert.Equal("0.1", Graph.Edge(app, Graph.Node("winapi-util")).Requirement);
        Assert.Equal(DependencyScope.Dev, Graph.Edge(Graph.Node("core-lib"), Graph.Node("anyhow")).Scope);
    }

    [Fact]
    public void Scopes_Propagate_FromEachMembersDeclarations()
    {
        string ScopeOf(string name) => Graph.Node(name).Scope.ToText();

        // cc and tempfile are app's build and dev dependencies; fastrand only tempfile reaches.
        Assert.Equal("dev", ScopeOf("cc"));
        Assert.Equal("dev", ScopeOf("tempfile"));
        Assert.Equal("dev", ScopeOf("fastrand"));

        // shared-util's dev-dependency stays dev although shared-util itself is a runtime member.
        Assert.Equal("dev", ScopeOf("pretty_assertions"));
        Assert.Equal("dev", ScopeOf("diff"));
        Assert.Equal("optional", ScopeOf("tracing"));
        Assert.Equal("optional", ScopeOf("pin-project-lite"));

        // anyhow is a dev-dependency of core-lib but a runtime dependency of app: runtime wins.
        Assert.Equal("runtime", ScopeOf("anyhow"));
        Assert.Equal("runtime", ScopeOf("serde_derive"));
        Assert.True(Graph.Node("serde").Direct);
        Assert.False(Graph.Node("serde_derive").Direct);
        Assert.False(Graph.Node("fastrand").Direct);
    }

    [Fact]
    public void Sources_Checksums_AndGitRevisions_AreKept()
    {
        var mylog = Graph.Node("mylog");
        Assert.Equal(PackageSource.Git, mylog.Source);
        Assert.Equal("https://github.com/example/mylog?branch=main#0123456789abcdef0123456789abcdef01234567", mylog.Resolved);
        Assert.Null(mylog.Integrity);

        var serde = Graph.Node("serde");
        Assert.Equal(PackageSource.Registry, serde.Source);
        Assert.Equal("sha256:3ea7893ff5e2466df8d720bb615088341b295f849602c6956047f8f80f0e9bc1", serde.Integrity);
        Assert.Equal("pkg:cargo/serde@1.0.213", serde.Purl);
    }

    [Fact]
    public void ExcludedMember_GetsAManifestOnlyGraph_AndMembersGetNone()
    {
        var others = Result.Value.Graphs.Where(g => g.LockfilePath is null).ToList();

        var experimental = Assert.Single(others);
        Assert.Equal("crates/experimental/Cargo.toml", experimental.ManifestPath);
        Assert.Equal("Cargo.toml (no lockfile)", experimental.Kind);
        Assert.Contains(experimental.Unresolved, u => u.Name == "rand" && u.Requirement == "0.8");
    }

    [Fact]
    public void PathFromRoot_GoesThroughTheDeclaringMember()
    {
        Assert.Equal(["app", "serde_json", "itoa"], Graph.ShortestPath(Graph.Node("itoa")));
        Assert.Equal(["shared-util", "pretty_assertions", "diff"], Graph.ShortestPath(Graph.Node("diff")));
    }
}
