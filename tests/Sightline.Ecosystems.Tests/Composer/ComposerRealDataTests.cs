using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Tests;
using Xunit;

namespace Sightline.Ecosystems.Tests.Composer;

/// <summary>
/// The real composer files of ../shared/data/lockfiles/composer. Expected figures come from
/// testdata/composer/expected.py (see testdata/composer/README.md), not from this code.
/// </summary>
public class ComposerRealDataTests
{
    private static readonly string Root = Path.Combine(TestPaths.Lockfiles, "composer");

    public static TheoryData<string> Projects()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Root).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    private static DependencyGraph Graph(string project)
    {
        var result = ComposerExtractorTests.Extract(new FileSystemRepository(Path.Combine(Root, project)));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Graphs);
    }

    private static PackageNode Node(DependencyGraph graph, string name) => Assert.Single(graph.Nodes, n => n.Name == name && n.Id != 0);

    private static bool HasPath(DependencyGraph graph, params string[] names)
    {
        var paths = GraphPaths.AllPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.From, e.To)), Node(graph, names[^1]).Id, 1000, out _);
        return paths.Any(p => p.Select(id => graph.Nodes[id].Name).SequenceEqual(names));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryRealProject_ExtractsWithoutErrors(string project)
    {
        var repository = new FileSystemRepository(Path.Combine(Root, project));

        var result = ComposerExtractorTests.Extract(repository);

        Assert.Empty(result.Errors);
        var graph = Assert.Single(result.Graphs);
        Assert.Equal("composer.json", graph.ManifestPath);
        Assert.NotEmpty(graph.Publishes);
        if (repository.Exists("composer.lock"))
        {
            Assert.True(graph.Nodes.Count > 1);
            Assert.Equal("composer.lock", graph.LockfilePath);
            Assert.True(graph.IsFullyResolved, string.Join("; ", graph.Unresolved));
        }
        else
        {
            Assert.Contains(graph.Unresolved, u => u.Name == "laravel/framework");
        }

        Assert.True(result.BytesRead > 0);
    }

    [Fact]
    public void Koel_CountsScopesVcsForkAndReplace()
    {
        var graph = Graph("koel__koel");

        Assert.Equal(202, graph.Nodes.Count - 1);
        Assert.Equal(156, graph.Nodes.Skip(1).Count(n => n.Scope == DependencyScope.Runtime));
        Assert.Equal(46, graph.Nodes.Skip(1).Count(n => n.Scope == DependencyScope.Dev));
        Assert.Equal(395, graph.Edges.Count);
        Assert.Equal(51, graph.Edges.Count(e => e.From == 0));
        Assert.Equal(51, graph.Nodes.Count(n => n.Direct));
        Assert.Equal(new PublishedPackage("koel/koel", null), Assert.Single(graph.Publishes));

        var fork = Node(graph, "teamtnt/laravel-scout-tntsearch-driver");
        Assert.Equal("v15.1.1", fork.Version);
        Assert.Equal(PackageSource.Git, fork.Source);
        Assert.Equal("https://github.com/phanan-forks/laravel-scout-tntsearch-driver.git@e086eae67c5af9a9e7f5e6235df4f6eb06dd6ace", fork.Resolved);
        Assert.Equal(
            ["laravel/framework", "laravel/scout", "teamtnt/tntsearch"],
            graph.Edges.Where(e => e.From == fork.Id).Select(e => graph.Nodes[e.To].Name).Order(StringComparer.Ordinal));

        var framework = Node(graph, "laravel/framework");
        Assert.Equal(("v13.24.0", PackageSource.Registry, true), (framework.Version, framework.Source, framework.Direct));
        Assert.Equal(38, graph.Edges.Count(e => e.From == framework.Id));
        Assert.Null(framework.Integrity);
        var phpunit = Node(graph, "phpunit/phpunit");
        Assert.Equal(("11.5.55", DependencyScope.Dev, true), (phpunit.Version, phpunit.Scope, phpunit.Direct));
        Assert.False(Node(graph, "nikic/php-parser").Direct);
        Assert.True(HasPath(graph, "laravel/tinker", "psy/psysh", "nikic/php-parser"));
    }

    [Fact]
    public void BookStack_CountsBranchVersionAndPaths()
    {
        var graph = Graph("BookStackApp__BookStack");

        Assert.Equal(147, graph.Nodes.Count - 1);
        Assert.Equal(110, graph.Nodes.Skip(1).Count(n => n.Scope == DependencyScope.Runtime));
        Assert.Equal(37, graph.Nodes.Skip(1).Count(n => n.Scope == DependencyScope.Dev));
        Assert.Equal(251, graph.Edges.Count);
        Assert.Equal(32, graph.Edges.Count(e => e.From == 0));
        Assert.Equal("bookstackapp/bookstack", graph.Root.Name);

        var mailer = Node(graph, "ssddanbrown/symfony-mailer");
        Assert.Equal(("6.4.x-dev", PackageSource.Registry, true), (mailer.Version, mailer.Source, mailer.Direct));
        Assert.Equal(6, graph.Edges.Count(e => e.From == mailer.Id));
        var console = Node(graph, "symfony/console");
        Assert.Equal(("v6.4.12", DependencyScope.Runtime, false), (console.Version, console.Scope, console.Direct));
        Assert.True(HasPath(graph, "laravel/framework", "symfony/console"));
    }
}
