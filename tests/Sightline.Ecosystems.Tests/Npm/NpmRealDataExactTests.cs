using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.Npm.NpmTestSupport;

namespace Sightline.Ecosystems.Tests.Npm;

/// <summary>
/// Exact expectations on real lockfiles. Every number here was worked out with jq or python, not with
/// this code: see testdata/npm/README.md for the command behind each.
/// </summary>
public class NpmRealDataExactTests
{
    private static DependencyGraph Graph(string project) => Single(ExtractFolder(Path.Combine(RealData, project)));

    [Fact]
    public void PackageLockV3_Huginn_CountsScopesAndPath()
    {
        var graph = Graph("huginn__huginn");
        Assert.Equal("package-lock.json v3", graph.Kind);
        Assert.Equal(97, graph.Nodes.Count);
        Assert.Equal(4, graph.Edges.Count(e => e.From == 0));

        var fontawesome = Node(graph, "@fortawesome/fontawesome-free", "7.3.1");
        Assert.True(fontawesome.Direct);
        Assert.Equal(DependencyScope.Runtime, fontawesome.Scope);
        Assert.Equal("7.3.1", Edge(graph, graph.Root, fontawesome).Requirement);

        var linux = NodeAt(graph, "node_modules/@esbuild/linux-x64");
        Assert.Equal("0.28.2", linux.Version);
        Assert.Equal(DependencyScope.Optional, linux.Scope);
        Assert.False(linux.Direct);

        var editor = Node(graph, "vanilla-jsoneditor", "3.13.0");
        var view = Node(graph, "@codemirror/view", "6.43.8");
        var styleMod = Node(graph, "style-mod", "4.1.3");
        Assert.True(HasEdge(graph, graph.Root, editor));
        Assert.True(HasEdge(graph, editor, view));
        Assert.Equal("^4.1.0", Edge(graph, view, styleMod).Requirement);
        Assert.Equal("sha512-i/n8VsZydrugj3Iuzll8+x/00GH2vnYsk1eomD8QiRrSAeW6ItbCQDtfXCeJHd0iwiNagqjQkvpvREEPtW3IoQ==", styleMod.Integrity);
        Assert.Equal(PackageSource.Registry, styleMod.Source);
    }

    [Fact]
    public void PackageLockV3_NpmCli_WorkspacesAreMembers()
    {
        var graph = Graph("npm__cli");
        Assert.Equal(1258, graph.Nodes.Count);
        var members = graph.Nodes.Where(n => n.Id != 0 && n.Source == PackageSource.Local).ToList();
        Assert.Equal(16, members.Count);
        Assert.All(members, m => Assert.True(HasEdge(graph, graph.Root, m)));

        var arborist = NodeAt(graph, "workspaces/arborist");
        Assert.Equal("@npmcli/arborist", arborist.Name);
        Assert.Equal("8.0.0", arborist.Version);
        Assert.True(arborist.Direct);

        var semver = NodeAt(graph, "node_modules/semver");
        Assert.Equal("7.6.3", semver.Version);
        Assert.Equal("^7.3.7", Edge(graph, arborist, semver).Requirement);
        Assert.True(semver.Direct);

        var nock = NodeAt(graph, "node_modules/nock");
        Assert.Equal(DependencyScope.Dev, Edge(graph, arborist, nock).Scope);
    }

    [Fact]
    public void PackageLockV1_Goof_ResolvesNestedRequires()
    {
        var graph = Graph("snyk-labs__nodejs-goof@a6a04d7bffd2");
        Assert.Equal("package-lock.json v1", graph.Kind);
        Assert.Equal(1275, graph.Nodes.Count);
        Assert.Equal(35, graph.Edges.Count(e => e.From == 0));

        var express = NodeAt(graph, "node_modules/express");
        Assert.Equal("4.12.4", express.Version);
        Assert.True(express.Direct);
        Assert.Equal(DependencyScope.Runtime, express.Scope);

        // humanize-ms requires ms ~0.6.2 and gets its own nested copy; the root's ms is 0.7.3.
        var humanize = NodeAt(graph, "node_modules/humanize-ms");
        var nestedMs = NodeAt(graph, "node_modules/humanize-ms/node_modules/ms");
        Assert.Equal("0.6.2", nestedMs.Version);
        Assert.Equal("~0.6.2", Edge(graph, humanize, nestedMs).Requirement);
        var topMs = NodeAt(graph, "node_modules/ms");
        Assert.Equal("0.7.3", topMs.Version);
        Assert.Equal("^0.7.1", Edge(graph, graph.Root, topMs).Requirement);

        var browserify = NodeAt(graph, "node_modules/browserify");
        Assert.Equal(DependencyScope.Dev, browserify.Scope);
        Assert.Equal(DependencyScope.Dev, Edge(graph, graph.Root, browserify).Scope);
    }

    [Fact]
    public void YarnV1_OpenStreetMap_ScopesFromPackageJson()
    {
        var graph = Graph("openstreetmap__openstreetmap-website");
        Assert.Equal("yarn.lock v1", graph.Kind);
        Assert.Equal(249, graph.Nodes.Count);
        Assert.Equal(25, graph.Edges.Count(e => e.From == 0));
        Assert.True(graph.IsFullyResolved);

        var leaflet = Node(graph, "leaflet", "1.9.4");
        Assert.True(leaflet.Direct);
        Assert.Equal(DependencyScope.Runtime, leaflet.Scope);
        Assert.Equal("sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==", leaflet.Integrity);

        var eslint = Node(graph, "eslint", "10.8.1");
        Assert.Equal(DependencyScope.Dev, eslint.Scope);
        var configArray = Node(graph, "@eslint/config-array");
        Assert.Equal("^0.23.5", Edge(graph, eslint, configArray).Requirement);
        Assert.Equal(DependencyScope.Dev, configArray.Scope);
        Assert.False(configArray.Direct);
    }

    [Fact]
    public void YarnBerry_Jenkins_RootWorkspaceIsTheRoot()
    {
        var graph = Graph("jenkinsci__jenkins");
        Assert.Equal("yarn.lock berry v10", graph.Kind);
        Assert.Equal(733, graph.Nodes.Count);
        Assert.Equal(37, graph.Edges.Count(e => e.From == 0));

        var handlebars = Node(graph, "handlebars", "4.7.9");
        Assert.Equal(DependencyScope.Runtime, handlebars.Scope);
        Assert.Equal("handlebars@npm:4.7.9", handlebars.Resolved);
        Assert.StartsWith("10c0/22f8105a7e68e81aff2662bb4", handlebars.Integrity, StringComparison.Ordinal);
        var minimist = Node(graph, "minimist");
        Assert.Equal("npm:^1.2.5", Edge(graph, handlebars, minimist).Requirement);
        Assert.Equal(DependencyScope.Runtime, minimist.Scope);

        var eslint = Node(graph, "eslint", "10.8.1");
        Assert.Equal(DependencyScope.Dev, eslint.Scope);
        Assert.True(eslint.Direct);
    }

    [Fact]
    public void PnpmV9_Prometheus_ImportersAndLinks()
    {
        var graph = Graph("prometheus__prometheus/web/ui");
        Assert.Equal("pnpm-lock.yaml v9.0", graph.Kind);
        Assert.Equal(750, graph.Nodes.Count);

        var mantine = NodeAt(graph, "mantine-ui");
        var promql = NodeAt(graph, "module/codemirror-promql");
        var lezer = NodeAt(graph, "module/lezer-promql");
        Assert.Equal("@prometheus-io/codemirror-promql", promql.Name);
        Assert.Equal(PackageSource.Local, promql.Source);
        Assert.True(HasEdge(graph, graph.Root, mantine));
        Assert.True(HasEdge(graph, mantine, promql));
        Assert.True(HasEdge(graph, promql, lezer));

        var prettier = Node(graph, "prettier", "3.9.6");
        Assert.Equal(DependencyScope.Dev, Edge(graph, graph.Root, prettier).Scope);
        Assert.Equal(DependencyScope.Dev, prettier.Scope);
        Assert.True(prettier.Direct);
    }

    [Fact]
    public void PnpmV9_Tauri_LinkOutsideImportersIsLocal()
    {
        var graph = Graph("tauri-apps__tauri");
        Assert.Equal(507, graph.Nodes.Count);
        var dist = NodeAt(graph, "packages/api/dist");
        Assert.Equal("@tauri-apps/api", dist.Name);
        Assert.Equal(PackageSource.Local, dist.Source);
        Assert.True(HasEdge(graph, NodeAt(graph, "examples/api"), dist));
    }
}
