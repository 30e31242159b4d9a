using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.Npm.NpmTestSupport;

namespace Sightline.Ecosystems.Tests.Npm;

public class PackageLockFixtureTests
{
    [Fact]
    public void PackageLockV3_Workspaces_LinksMembers()
    {
        var result = ExtractFolder(Fixture("lock-v3-workspaces"));
        var graph = Single(result); // the members' package.json files give no graphs of their own
        Assert.Equal("package.json", graph.ManifestPath);
        Assert.Equal("package-lock.json", graph.LockfilePath);
        Assert.Equal("ws-root", graph.Root.Name);

        var a = NodeAt(graph, "packages/a");
        var b = NodeAt(graph, "packages/b");
        Assert.Equal(("@ws/a", "0.1.0", PackageSource.Local), (a.Name, a.Version, a.Source));
        Assert.True(a.Direct && b.Direct);
        Assert.True(HasEdge(graph, graph.Root, a) && HasEdge(graph, graph.Root, b));
        Assert.True(HasEdge(graph, a, b)); // through the node_modules/@ws/b link

        // Each member resolves lodash from its own folder first: b has a nested lodash 3.
        var lodash4 = NodeAt(graph, "node_modules/lodash");
        var lodash3 = NodeAt(graph, "packages/b/node_modules/lodash");
        Assert.Equal("^4.17.0", Edge(graph, a, lodash4).Requirement);
        Assert.Equal("^3.0.0", Edge(graph, b, lodash3).Requirement);
        Assert.True(lodash4.Direct && lodash3.Direct);

        var mocha = NodeAt(graph, "node_modules/mocha");
        Assert.Equal(DependencyScope.Dev, Edge(graph, a, mocha).Scope);
        Assert.Equal(DependencyScope.Dev, mocha.Scope);
        Assert.Equal(DependencyScope.Dev, Edge(graph, graph.Root, NodeAt(graph, "node_modules/typescript")).Scope);
        Assert.Equal(graph.Edges.Count, graph.Edges.Select(e => (e.From, e.To)).Distinct().Count());
    }

    [Fact]
    public void PackageLockV3_Mixed_AliasesSourcesScopesAndNesting()
    {
        var graph = Single(ExtractFolder(Fixture("lock-v3-mixed")));
        Assert.Equal("package-lock.json v3", graph.Kind);

        var alias = NodeAt(graph, "node_modules/my-lodash");
        Assert.Equal(("lodash", "my-lodash", "4.17.21"), (alias.Name, alias.Alias, alias.Version));
        Assert.Equal("npm:lodash@4.17.21", Edge(graph, graph.Root, alias).Requirement);

        Assert.Equal(PackageSource.Git, NodeAt(graph, "node_modules/gitdep").Source);
        Assert.Equal(PackageSource.Url, NodeAt(graph, "node_modules/tarball").Source);
        var local = NodeAt(graph, "../libs/localdep");
        Assert.Equal(("localdep", PackageSource.Local), (local.Name, local.Source));
        Assert.True(HasEdge(graph, graph.Root, local));

        // Same package, two versions: jest gets its nested ms, debug the top-level one.
        var jest = NodeAt(graph, "node_modules/jest");
        Assert.Equal("0.7.3", Assert.Single(graph.Edges, e => e.From == jest.Id && graph.Nodes[e.To].Name == "ms").To is var m ? graph.Nodes[m].Version : null);
        Assert.True(HasEdge(graph, NodeAt(graph, "node_modules/debug"), NodeAt(graph, "node_modules/ms")));

        // The dev-only subtree keeps its dev flags; runtime ms stays runtime.
        Assert.Equal(DependencyScope.Dev, NodeAt(graph, "node_modules/jest-cli").Scope);
        Assert.Equal(DependencyScope.Dev, NodeAt(graph, "node_modules/jest/node_modules/ms").Scope);
        Assert.Equal(DependencyScope.Runtime, NodeAt(graph, "node_modules/ms").Scope);
        Assert.Equal(DependencyScope.Optional, NodeAt(graph, "node_modules/fsevents").Scope);
        Assert.Equal(DependencyScope.Optional, Edge(graph, graph.Root, NodeAt(graph, "node_modules/fsevents")).Scope);

        var react = NodeAt(graph, "node_modules/react");
        Assert.Equal(DependencyScope.Peer, react.Scope);
        Assert.Equal(DependencyScope.Peer, Edge(graph, NodeAt(graph, "node_modules/react-dom"), react).Scope);

        // scheduler bundles loose-envify: no lockfile entry, and not reported missing.
        Assert.True(graph.IsFullyResolved);
    }

    [Fact]
    public void PackageLockV1_NestedRequiresAndAlias()
    {
        var graph = Single(ExtractFolder(Fixture("lock-v1")));
        Assert.Equal("package-lock.json v1", graph.Kind);
        Assert.Equal(7, graph.Nodes.Count);
        var mocha = NodeAt(graph, "node_modules/mocha");
        var nestedDebug = NodeAt(graph, "node_modules/mocha/node_modules/debug");
        Assert.Equal("3.1.0", nestedDebug.Version);
        Assert.True(HasEdge(graph, mocha, nestedDebug));
        Assert.True(HasEdge(graph, nestedDebug, NodeAt(graph, "node_modules/ms"))); // walks up to the root
        Assert.Equal(DependencyScope.Dev, nestedDebug.Scope);
        Assert.Equal(DependencyScope.Dev, Edge(graph, graph.Root, mocha).Scope);

        var str = NodeAt(graph, "node_modules/str");
        Assert.Equal(("string-width", "str", "4.2.3"), (str.Name, str.Alias, str.Version));
        Assert.Equal(["express@4.16.4", "debug@2.6.9"], ShortestPath(graph, NodeAt(graph, "node_modules/debug")));
    }

    [Fact]
    public void Shrinkwrap_WinsOverPackageLock()
    {
        var graph = Single(ExtractFolder(Fixture("shrinkwrap")));
        Assert.Equal("npm-shrinkwrap.json", graph.LockfilePath);
        Assert.Equal("npm-shrinkwrap.json v2", graph.Kind);
        Assert.Equal("5.3.0", Node(graph, "chalk").Version);
    }

    [Fact]
    public void PackageJson_NoLockfile_PinsOnlyExactVersions()
    {
        var result = ExtractFolder(Fixture("no-lockfile"));
        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Graphs.Count);
        var graph = Assert.Single(result.Graphs, g => g.ManifestPath == "package.json");
        Assert.Equal("package.json (no lockfile)", graph.Kind);
        Assert.Null(graph.LockfilePath);
        var express = Node(graph, "express", "4.18.2");
        Assert.True(express.Direct);
        Assert.Equal(2, graph.Nodes.Count);
        Assert.Contains(graph.Unresolved, u => u.Name == "lodash" && u.Reason == "no lockfile: range ^4.17.0 not pinned");
        Assert.Contains(graph.Unresolved, u => u.Name == "jest" && u.Scope == DependencyScope.Dev);
        Assert.Contains(graph.Unresolved, u => u.Name == "local");
        Assert.Contains(graph.Unresolved, u => u.Reason == "no lockfile: transitive dependencies are unknown");

        var tools = Assert.Single(result.Graphs, g => g.ManifestPath == "tools/package.json");
        Assert.Equal("1.3.0", Node(tools, "left-pad").Version);
    }
}
