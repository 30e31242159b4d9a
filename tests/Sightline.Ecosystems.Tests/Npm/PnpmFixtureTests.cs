using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.Npm.NpmTestSupport;

namespace Sightline.Ecosystems.Tests.Npm;

public class PnpmFixtureTests
{
    [Fact]
    public void PnpmV5_SingleProject_PeerSuffixesAliasesAndDevFlags()
    {
        var graph = Single(ExtractFolder(Fixture("pnpm-v5")));
        Assert.Equal("pnpm-lock.yaml v5.4", graph.Kind);
        Assert.Equal(10, graph.Nodes.Count); // root + 9 packages
        var reactDom = NodeAt(graph, "/react-dom/17.0.2_react@17.0.2");
        Assert.Equal(("react-dom", "17.0.2"), (reactDom.Name, reactDom.Version));
        Assert.Equal("^17.0.0", Edge(graph, graph.Root, reactDom).Requirement);
        Assert.True(HasEdge(graph, reactDom, Node(graph, "scheduler", "0.20.2")));

        var ms = Node(graph, "ms", "2.1.3");
        Assert.Equal("my-ms", ms.Alias);
        Assert.Equal(DependencyScope.Dev, Node(graph, "undici-types").Scope);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "js-tokens").Scope);
        Assert.StartsWith("sha1-IQmtx5", Node(graph, "object-assign").Integrity, StringComparison.Ordinal);
    }

    [Fact]
    public void PnpmV6_Importers_LinksAndTarballs()
    {
        var graph = Single(ExtractFolder(Fixture("pnpm-v6")));
        Assert.Equal("pnpm-lock.yaml", graph.ManifestPath); // no package.json beside it
        Assert.Equal("pnpm-lock.yaml v6.0", graph.Kind);
        var core = NodeAt(graph, "packages/core");
        var util = NodeAt(graph, "packages/util");
        Assert.Equal("@acme/util", util.Name); // named by the link that points at it
        Assert.True(HasEdge(graph, core, util));
        var styled = NodeAt(graph, "/styled@6.1.8(react@18.2.0)");
        Assert.Equal(("styled", "6.1.8", PackageSource.Url), (styled.Name, styled.Version, styled.Source));
        Assert.True(styled.Direct);
        Assert.Equal(["@acme/util", "react@18.2.0", "loose-envify@1.4.0", "js-tokens@4.0.0"], ShortestPath(graph, Node(graph, "js-tokens")));
        Assert.Equal(DependencyScope.Dev, Node(graph, "typescript").Scope);
    }

    [Fact]
    public void PnpmV9_Workspace_SnapshotsAliasesGitAndOptional()
    {
        var result = ExtractFolder(Fixture("pnpm-v9"));
        var graph = Single(result); // packages/web/package.json is an importer, not a graph of its own
        Assert.Equal("pnpm-lock.yaml v9.0", graph.Kind);
        Assert.Equal(("pnpm9-root", "3.0.0"), (graph.Root.Name, graph.Root.Version));
        Assert.Equal(9, graph.Nodes.Count); // root + web + 7 snapshots

        var web = NodeAt(graph, "packages/web");
        Assert.Equal(("@acme/web", "0.5.0"), (web.Name, web.Version));
        var reactDom = NodeAt(graph, "react-dom@18.2.0(react@18.2.0)");
        Assert.Equal("^18.2.0", Edge(graph, web, reactDom).Requirement);
        Assert.Equal("sha512-6IMTriUmvsjHUjNtEDudZfuDQUoWXVxKHhlEGSk81n4YFS+r/Kl99wXiwlVXtPBtJenozv2P+hxDsw9eA7Xo6g==", reactDom.Integrity);
        Assert.True(reactDom.Direct);

        var str = Node(graph, "string-width", "4.2.3");
        Assert.Equal("str", str.Alias);
        var git = Node(graph, "gitdep", "1.4.0");
        Assert.Equal(PackageSource.Git, git.Source);
        Assert.Equal(DependencyScope.Optional, Node(graph, "fsevents").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "eslint").Scope);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "loose-envify").Scope);
    }
}
