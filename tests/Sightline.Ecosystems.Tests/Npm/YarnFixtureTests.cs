using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.Npm.NpmTestSupport;

namespace Sightline.Ecosystems.Tests.Npm;

public class YarnFixtureTests
{
    [Fact]
    public void YarnV1_Workspaces_AliasesSourcesAndScopes()
    {
        var graph = Single(ExtractFolder(Fixture("yarn-v1")));
        Assert.Equal("yarn.lock v1", graph.Kind);
        Assert.Equal("package.json", graph.ManifestPath);
        Assert.Equal("yarn.lock", graph.LockfilePath);
        Assert.Equal(11, graph.Nodes.Count); // root + 9 entries + the app workspace

        var app = NodeAt(graph, "packages/app");
        Assert.Equal(("app", "1.2.0", PackageSource.Local), (app.Name, app.Version, app.Source));
        Assert.True(HasEdge(graph, graph.Root, app));
        var leftPad = Node(graph, "left-pad", "1.3.0");
        Assert.Equal("left-pad@1.3.0", leftPad.Location); // the entry's first descriptor
        Assert.True(HasEdge(graph, app, leftPad) && HasEdge(graph, graph.Root, leftPad));

        var jestMini = Node(graph, "jest-mini", "1.0.4");
        Assert.True(jestMini.Direct); // declared by a workspace member
        Assert.Equal(DependencyScope.Dev, jestMini.Scope);

        var sw = Node(graph, "string-width", "4.2.3");
        Assert.Equal("sw", sw.Alias);
        Assert.Equal(DependencyScope.Runtime, sw.Scope);
        Assert.True(HasEdge(graph, graph.Root, sw) && HasEdge(graph, sw, Node(graph, "strip-ansi")) && HasEdge(graph, Node(graph, "strip-ansi"), Node(graph, "ansi-regex")));
        Assert.Equal(DependencyScope.Runtime, Node(graph, "ansi-regex").Scope); // runtime beats jest-mini's dev path

        Assert.Equal(PackageSource.Git, Node(graph, "gitpkg").Source);
        Assert.Equal(PackageSource.Local, Node(graph, "localpkg").Source);
        Assert.Equal(DependencyScope.Optional, Node(graph, "fsevents").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "typescript").Scope);
        Assert.True(graph.IsFullyResolved); // the missing optional dependency is not an error
    }

    [Fact]
    public void YarnBerry_Workspace_MembersAndScopesFromPackageJson()
    {
        var graph = Single(ExtractFolder(Fixture("yarn-berry-workspace")));
        Assert.Equal("yarn.lock berry v8", graph.Kind);
        Assert.Equal(6, graph.Nodes.Count); // root + lib member + 4 packages

        var lib = NodeAt(graph, "packages/lib");
        Assert.Equal(("@acme/lib", "1.0.0", PackageSource.Local), (lib.Name, lib.Version, lib.Source));
        Assert.True(HasEdge(graph, graph.Root, lib));
        Assert.Equal("workspace:^", graph.Edges.Single(e => e.From == 0 && e.To == lib.Id && e.Requirement is not null).Requirement);

        var lodash = Node(graph, "lodash", "4.17.21");
        Assert.Equal("lodash@npm:4.17.21", lodash.Resolved);
        Assert.StartsWith("10c0/d8cbea07", lodash.Integrity, StringComparison.Ordinal);
        Assert.Equal(DependencyScope.Runtime, lodash.Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "prettier").Scope);

        var vitest = Node(graph, "vitest", "1.6.0");
        Assert.Equal(DependencyScope.Dev, Edge(graph, lib, vitest).Scope);
        Assert.True(vitest.Direct);
        var fsevents = Node(graph, "fsevents");
        Assert.Equal(DependencyScope.Optional, Edge(graph, vitest, fsevents).Scope);
        Assert.Equal(DependencyScope.Dev, fsevents.Scope);
        Assert.True(graph.IsFullyResolved);
    }
}
