using Sightline.Core.Model;
using Sightline.Tests;
using Sightline.Versioning.Go;
using Sightline.Versioning.SemVer;
using Xunit;
using static Sightline.Ecosystems.Tests.Go.GoTestRepos;

namespace Sightline.Ecosystems.Tests.Go;

/// <summary>Expected figures come from testdata/go/README.md (python3 over the files, not this code).</summary>
public class GoRealDataTests
{
    private static readonly string Root = Path.Combine(TestPaths.Lockfiles, "go");

    [Fact]
    public void EveryRealGoMod_ExtractsWithoutErrors()
    {
        var projects = Directory.GetDirectories(Root);
        var goMods = 0;
        Assert.Equal(9, projects.Length);
        foreach (var project in projects)
        {
            var result = Extract(project);

            Assert.Empty(result.Errors);
            Assert.NotEmpty(result.Graphs);
            foreach (var graph in result.Graphs)
            {
                Assert.True(graph.Nodes.Count > 1, $"{project}/{graph.ManifestPath} has no packages");
                Assert.Equal("go.sum", RepositoryPathFileName(graph.LockfilePath));
                Assert.Single(graph.Publishes);
                Assert.All(graph.Nodes.Skip(1).Where(n => n.Source == PackageSource.Registry), n => Assert.NotNull(n.Integrity));
            }

            goMods += result.Graphs.Count;
            Assert.True(result.BytesRead > 0);
        }

        Assert.Equal(13, goMods);
    }

    private static string? RepositoryPathFileName(string? path) => path is null ? null : Core.Repositories.RepositoryPath.FileName(path);

    [Fact]
    public void CliCli_RequiresAreDirectOrIndirect_WithReplacePseudoVersionsAndIncompatible()
    {
        var graph = Graph(Extract(Path.Combine(Root, "cli__cli")), "go.mod");

        Assert.Equal("github.com/cli/cli/v2", graph.Root.Name);
        Assert.Equal(new PublishedPackage("github.com/cli/cli/v2", null), Assert.Single(graph.Publishes));
        var nodes = graph.Nodes.Skip(1).ToList();
        Assert.Equal(158, nodes.Count);
        Assert.Equal(47, nodes.Count(n => n.Direct));
        Assert.Equal(111, nodes.Count(n => !n.Direct));
        Assert.All(nodes, n => Assert.Equal(DependencyScope.Runtime, n.Scope));
        Assert.Equal(158, graph.Edges.Count);

        var replaced = Node(graph, "github.com/cli/go-internal");
        Assert.Equal("v0.0.0-20241024130215-fa3c22e38b9b", replaced.Version);
        Assert.Equal("github.com/rogpeppe/go-internal", replaced.Alias);
        Assert.Equal("h1:ogNz+pm9aI2Zn58V+WTMzPViN2fRVq/h2H9gwdvM09k=", replaced.Integrity);
        Assert.True(replaced.Direct);
        Assert.Equal("v1.13.1", graph.Edges.Single(e => e.To == replaced.Id).Requirement);
        Assert.DoesNotContain(nodes, n => n.Name == "github.com/rogpeppe/go-internal");

        var docker = Node(graph, "github.com/docker/cli");
        Assert.Equal("v27.1.1+incompatible", docker.Version);
        Assert.Equal("h1:goaZxOqs4QKxznZjjBWKONQci/MywhtRv2oNn0GkeZE=", docker.Integrity);
        Assert.False(docker.Direct);
        Assert.Equal("pkg:golang/github.com/docker/cli@v27.1.1%2Bincompatible", docker.Purl);
        Assert.Equal(5, nodes.Count(n => n.Version!.EndsWith("+incompatible", StringComparison.Ordinal)));

        var shlex = Node(graph, "github.com/google/shlex");
        Assert.Equal("v0.0.0-20191202100458-e7afc7fbc510", shlex.Version);
        Assert.True(shlex.Direct);
        var scheme = new GoVersionScheme(requireV: true);
        Assert.Equal(24, nodes.Count(n => scheme.TryParse(n.Version!, out var v) && GoVersionScheme.IsPseudoVersion((SemanticVersion)v)));

        Assert.All(nodes, n => Assert.NotNull(n.Integrity));
        var note = Assert.Single(graph.Unresolved);
        Assert.Equal("*", note.Name);
        Assert.Equal([docker.Id], GraphPaths.ShortestPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.From, e.To)))[docker.Id]!);
    }

    [Fact]
    public void Etcd_LocalReplacementsLinkTheRepositorysOtherModules()
    {
        var result = Extract(Path.Combine(Root, "etcd-io__etcd"));
        var graph = Graph(result, "go.mod");

        Assert.Equal(["client/v3/go.mod", "go.mod", "server/go.mod"], result.Graphs.Select(g => g.ManifestPath).Order(StringComparer.Ordinal));
        var nodes = graph.Nodes.Skip(1).ToList();
        Assert.Equal(84, nodes.Count);
        Assert.Equal(22, nodes.Count(n => n.Direct));
        Assert.Equal(62, nodes.Count(n => !n.Direct));
        Assert.Equal(8, nodes.Count(n => n.Source == PackageSource.Local));

        var client = Node(graph, "go.etcd.io/etcd/client/v3");
        var server = Node(graph, "go.etcd.io/etcd/server/v3");
        Assert.Equal("client/v3", client.Resolved);
        Assert.Null(client.Version);
        Assert.Equal("v3.8.0-alpha.0", graph.Edges.Single(e => e.From == 0 && e.To == client.Id).Requirement);
        // client/v3 requires 31 modules, all in the build list; server 64, of which kylelemons/godebug is
        // not (pruned): 63 edges.
        Assert.Equal(31, graph.Edges.Count(e => e.From == client.Id));
        Assert.Equal(63, graph.Edges.Count(e => e.From == server.Id));
        Assert.Equal(84 + 31 + 63, graph.Edges.Count);
        Assert.DoesNotContain(nodes, n => n.Name == "github.com/kylelemons/godebug");

        var zap = Node(graph, "go.uber.org/zap");
        Assert.Equal("h1:IZzaP1Fv73/T/pBMLk4VutPl36uNC+OSUh3JLG3FIjo=", zap.Integrity);
        var paths = GraphPaths.AllPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.From, e.To)), zap.Id, 10, out _);
        // Direct, through client/v3, through server, and through server → client/v3.
        Assert.Equal(4, paths.Count);
        Assert.Equal([zap.Id], paths[0]);
        Assert.Contains(paths, p => p.SequenceEqual([client.Id, zap.Id]));
        Assert.Contains(paths, p => p.SequenceEqual([server.Id, zap.Id]));
        Assert.Contains(paths, p => p.SequenceEqual([server.Id, client.Id, zap.Id]));

        // api, client/pkg, etcdctl, etcdutl, pkg and tests are not in the corpus: said, not guessed.
        Assert.Equal(6, graph.Unresolved.Count(u => u.Reason.Contains("has no go.mod", StringComparison.Ordinal)));
        Assert.Equal(7, graph.Unresolved.Count);
    }

    [Fact]
    public void Terraform_S3ReplacesTheRootModuleWithTheRepositoryRoot()
    {
        var graph = Graph(Extract(Path.Combine(Root, "hashicorp__terraform")), "internal/backend/remote-state/s3/go.mod");

        var terraform = Node(graph, "github.com/hashicorp/terraform");
        Assert.Equal(PackageSource.Local, terraform.Source);
        Assert.Equal(".", terraform.Resolved);
        Assert.Contains(graph.Edges, e => e.From == terraform.Id);
        Assert.Equal(73, graph.Nodes.Count - 1);
    }

    [Fact]
    public void Prometheus_ReplaceOfAModuleNotRequired_ChangesNothing_AndExcludesAreNotNotes()
    {
        var graph = Graph(Extract(Path.Combine(Root, "prometheus__prometheus")), "go.mod");

        Assert.DoesNotContain(graph.Nodes, n => n.Name == "cloud.google.com/go");
        Assert.Equal("v1.69.1", Node(graph, "github.com/linode/linodego").Version);
        Assert.Single(graph.Unresolved);
    }
}
