using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Tests;
using Xunit;

namespace Sightline.Ecosystems.Tests.RubyGems;

/// <summary>
/// The real Gemfile.lock files of ../shared/data/lockfiles/rubygems. Expected figures come from
/// testdata/rubygems/expected.py (see testdata/rubygems/README.md), not from this code.
/// </summary>
public class RubyGemsRealDataTests
{
    private static readonly string Root = Path.Combine(TestPaths.Lockfiles, "rubygems");

    public static TheoryData<string> Projects()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Root).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    private static DependencyGraph Graph(string project, string lockfile = "Gemfile.lock")
    {
        var result = RubyGemsExtractorTests.Extract(new FileSystemRepository(Path.Combine(Root, project)));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Graphs, g => g.LockfilePath == lockfile);
    }

    private static PackageNode Node(DependencyGraph graph, string name) => Assert.Single(graph.Nodes, n => n.Name == name && n.Id != 0);

    private static bool HasPath(DependencyGraph graph, params string[] names)
    {
        var target = Node(graph, names[^1]).Id;
        var paths = GraphPaths.AllPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.From, e.To)), target, 1000, out _);
        return paths.Any(p => p.Select(id => graph.Nodes[id].Name).SequenceEqual(names));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryRealLockfile_ExtractsWithoutErrors(string project)
    {
        var repository = new FileSystemRepository(Path.Combine(Root, project));
        var lockfiles = repository.Files.Count(f => f.EndsWith("Gemfile.lock", StringComparison.Ordinal));

        var result = RubyGemsExtractorTests.Extract(repository);

        Assert.Empty(result.Errors);
        Assert.Equal(lockfiles, result.Graphs.Count);
        Assert.All(result.Graphs, g =>
        {
            Assert.True(g.Nodes.Count > 1, g.ManifestPath);
            Assert.EndsWith("Gemfile", g.ManifestPath, StringComparison.Ordinal);
            Assert.All(g.Nodes.Skip(1), n => Assert.False(string.IsNullOrEmpty(n.Version)));
        });
        Assert.True(result.BytesRead > 0);
    }

    [Fact]
    public void Rails_PathGemsChecksumsAndPlatforms()
    {
        var graph = Graph("rails__rails");

        Assert.Equal(233, graph.Nodes.Count - 1);
        Assert.Equal(460, graph.Edges.Count);
        Assert.Equal(80, graph.Edges.Count(e => e.From == 0));
        Assert.Equal(["tzinfo-data", "wdm"], graph.Unresolved.Select(u => u.Name).Order(StringComparer.Ordinal));
        Assert.Equal(228, graph.Nodes.Skip(1).Count(n => n.Scope == DependencyScope.Runtime));
        Assert.Equal(5, graph.Nodes.Skip(1).Count(n => n.Scope == DependencyScope.Test));

        var actionpack = Node(graph, "actionpack");
        Assert.Equal("8.2.0.alpha", actionpack.Version);
        Assert.Equal(PackageSource.Local, actionpack.Source);
        Assert.Equal(".", actionpack.Resolved);
        Assert.Equal(
            ["actionview", "activesupport", "nokogiri", "rack", "rack-session", "rack-test", "rails-dom-testing", "rails-html-sanitizer", "useragent"],
            graph.Edges.Where(e => e.From == actionpack.Id).Select(e => graph.Nodes[e.To].Name).Order(StringComparer.Ordinal));
        Assert.Equal(PackageSource.Local, Node(graph, "releaser").Source);
        Assert.Equal("tools/releaser", Node(graph, "releaser").Resolved);

        var nokogiri = Node(graph, "nokogiri");
        Assert.Equal("1.19.1", nokogiri.Version);
        Assert.Equal("platforms: ruby, aarch64-linux-gnu, arm64-darwin, x86_64-darwin, x86_64-linux-gnu", nokogiri.Location);
        Assert.Equal("sha256:598b327f36df0b172abd57b68b18979a6e14219353bca87180c31a51a00d5ad3", nokogiri.Integrity);
        Assert.Equal(DependencyScope.Runtime, nokogiri.Scope);
        Assert.True(nokogiri.Direct);

        Assert.Equal(DependencyScope.Test, Node(graph, "debug").Scope);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "irb").Scope);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "rubocop").Scope);
        Assert.Equal("4.0.12", Node(graph, "bundler").Version);
        Assert.Equal("sha256:7f8b757d28dfb636e7b24fba2344ac6dd13b5b24f4b46d62573d483f211825ac", Node(graph, "bundler").Integrity);
        Assert.True(HasPath(graph, "rails", "actionpack", "rack-session"));
    }

    [Fact]
    public void Huginn_GitSourcesVendoredPathGemAndNestedGroups()
    {
        var graph = Graph("huginn__huginn");

        Assert.Equal(282, graph.Nodes.Count - 1);
        Assert.Equal(558, graph.Edges.Count);
        Assert.Equal(100, graph.Edges.Count(e => e.From == 0));
        Assert.Equal("tzinfo-data", Assert.Single(graph.Unresolved).Name);
        Assert.Equal(227, graph.Nodes.Skip(1).Count(n => n.Scope == DependencyScope.Runtime));
        Assert.Equal(55, graph.Nodes.Skip(1).Count(n => n.Scope == DependencyScope.Dev));

        var erector = Node(graph, "erector");
        Assert.Equal(PackageSource.Git, erector.Source);
        Assert.Equal("https://github.com/dsander/erector.git@821c2fa9174b56cc39e203883d83b18b60912a36", erector.Resolved);
        Assert.Equal("0.10.0", erector.Version);
        Assert.Equal("https://github.com/knu/mini_racer.git@172396ba66144124e3af676e1b8f02f393dfdfdc", Node(graph, "mini_racer").Resolved);
        Assert.Equal(PackageSource.Local, Node(graph, "dotenv").Source);
        Assert.Equal("vendor/gems/dotenv-3.2.0", Node(graph, "dotenv").Resolved);
        Assert.True(Node(graph, "dotenv").Direct);

        // group :test nested in group :development is in both: development wins.
        Assert.Equal(DependencyScope.Dev, Node(graph, "capybara").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "xpath").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "parser").Scope);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "nokogiri").Scope);
        Assert.Equal("1.19.4", Node(graph, "nokogiri").Version);
        Assert.Equal("platforms: aarch64-linux-gnu, arm64-darwin, x86_64-darwin, x86_64-linux-gnu", Node(graph, "nokogiri").Location);
        Assert.True(HasPath(graph, "mini_racer", "libv8-node"));
        Assert.Equal("Gemfile.lock (bundler 4.0.8)", graph.Kind);
    }

    [Fact]
    public void Homebrew_OptionalGroupsAreOptional_TestGroupsAreTest()
    {
        var graph = Graph("Homebrew__brew", "Library/Homebrew/Gemfile.lock");

        Assert.Equal("Library/Homebrew/Gemfile", graph.ManifestPath);
        Assert.Equal(73, graph.Nodes.Count - 1);
        Assert.Equal(122, graph.Edges.Count);
        Assert.Equal(38, graph.Edges.Count(e => e.From == 0));
        Assert.Empty(graph.Unresolved);
        Assert.Equal(52, graph.Nodes.Skip(1).Count(n => n.Scope == DependencyScope.Optional));
        Assert.Equal(13, graph.Nodes.Skip(1).Count(n => n.Scope == DependencyScope.Test));
        Assert.Equal(8, graph.Nodes.Skip(1).Count(n => n.Scope == DependencyScope.Runtime));
        var concurrent = Node(graph, "concurrent-ruby");
        Assert.Equal(("1.3.8", DependencyScope.Runtime), (concurrent.Version, concurrent.Scope));
        Assert.Equal("sha256:b2f1be836e968ccc78ccfce277ea79c72a88633f22306782c16ff23fb415d1e1", concurrent.Integrity);
        Assert.Equal(DependencyScope.Test, Node(graph, "rspec-support").Scope);
        Assert.Equal(DependencyScope.Optional, Node(graph, "rubocop-ast").Scope);
        Assert.True(HasPath(graph, "rubocop", "rubocop-ast", "parser"));
    }
}
