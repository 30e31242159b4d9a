using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.RubyGems;
using Sightline.Tests;
using Xunit;

namespace Sightline.Ecosystems.Tests.RubyGems;

public class RubyGemsExtractorTests
{
    internal static ExtractionResult Extract(IRepositoryFiles repository)
    {
        var extractor = new RubyGemsExtractor();
        var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns)).ToList();
        return extractor.Extract(repository, files, CancellationToken.None);
    }

    private static FileSystemRepository TestData(string folder) => new(TestPaths.TestData("Sightline.Ecosystems.Tests", "rubygems", folder));

    private static PackageNode Node(DependencyGraph graph, string name) => Assert.Single(graph.Nodes, n => n.Name == name && n.Id != 0);

    [Fact]
    public void GemfileLock_ResolvesEveryLockedGem_WithGroupsAsScopes()
    {
        var result = Extract(TestData("app"));

        Assert.Empty(result.Errors);
        var graph = Assert.Single(result.Graphs, g => g.LockfilePath == "Gemfile.lock");
        Assert.Equal("Gemfile", graph.ManifestPath);
        Assert.Equal("Gemfile.lock (bundler 2.5.6)", graph.Kind);
        Assert.Equal(20, graph.Nodes.Count - 1);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "rack").Scope);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "racc").Scope);
        // development + test → Dev, development → Dev, test → Test, a :lint group → Runtime.
        Assert.Equal(DependencyScope.Dev, Node(graph, "rspec").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "rspec-support").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "method_source").Scope);
        Assert.Equal(DependencyScope.Test, Node(graph, "capybara").Scope);
        Assert.Equal(DependencyScope.Test, Node(graph, "xpath").Scope);
        Assert.Equal(DependencyScope.Test, Node(graph, "irb").Scope);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "parallel").Scope);
        Assert.True(Node(graph, "debug").Direct);
        Assert.False(Node(graph, "irb").Direct);
        Assert.Contains(graph.Edges, e => e.From == 0 && e.To == Node(graph, "rspec").Id && e.Requirement == "~> 3.12" && e.Scope == DependencyScope.Dev);
        Assert.Contains(graph.Edges, e => e.From == Node(graph, "rspec").Id && e.To == Node(graph, "rspec-core").Id && e.Requirement == "~> 3.13.0");
    }

    [Fact]
    public void GemfileLock_GitAndPathSources_AreRecorded()
    {
        var graph = Assert.Single(Extract(TestData("app")).Graphs, g => g.LockfilePath == "Gemfile.lock");

        var sidekiq = Node(graph, "sidekiq");
        Assert.Equal(PackageSource.Git, sidekiq.Source);
        Assert.Equal("https://github.com/sidekiq/sidekiq.git@0123456789abcdef0123456789abcdef01234567", sidekiq.Resolved);
        Assert.Equal("7.2.1", sidekiq.Version);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "redis-client").Scope);
        var tool = Node(graph, "internal_tool");
        Assert.Equal(PackageSource.Local, tool.Source);
        Assert.Equal("gems/internal_tool", tool.Resolved);
        Assert.Equal(PackageSource.Registry, Node(graph, "rack").Source);
        Assert.Equal("https://rubygems.org/", Node(graph, "rack").Resolved);
        // A vendored PATH gem is not what this Gemfile publishes; its own gemspec does.
        Assert.Empty(graph.Publishes);
    }

    [Fact]
    public void GemfileLock_PlatformVariants_AreOneNode_WithTheGenericChecksum()
    {
        var graph = Assert.Single(Extract(TestData("app")).Graphs, g => g.LockfilePath == "Gemfile.lock");

        var nokogiri = Node(graph, "nokogiri");
        Assert.Equal("1.16.2", nokogiri.Version);
        Assert.Equal("platforms: ruby, arm64-darwin, x86_64-linux", nokogiri.Location);
        Assert.Equal("sha256:13f2d7ba0c0e7fc3e2eae7b5d4c4c8d3a3ba53c0d0b0a8f1d8e0a2b1b3c4d5e6", nokogiri.Integrity);
        // mini_portile2 comes from the generic variant only; the union of the variants' dependencies is kept.
        Assert.Contains(graph.Edges, e => e.From == nokogiri.Id && e.To == Node(graph, "mini_portile2").Id);
        Assert.Equal("sha256:d490914ac1d5a5a64a0e1400c1d54ddd2a501324d703b8cfe83f458337bab993", Node(graph, "rspec").Integrity);
        Assert.Null(Node(graph, "sidekiq").Integrity);
        Assert.Equal("pkg:gem/nokogiri@1.16.2", nokogiri.Purl);
    }

    [Fact]
    public void GemfileLock_DependencyWithoutSpec_IsUnresolved()
    {
        var graph = Assert.Single(Extract(TestData("app")).Graphs, g => g.LockfilePath == "Gemfile.lock");

        var missing = Assert.Single(graph.Unresolved);
        Assert.Equal("tzinfo-data", missing.Name);
        Assert.Contains("no spec", missing.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PathGemWithGemspec_PublishesItsGem_WithTheVersionConstant()
    {
        var graph = Assert.Single(Extract(TestData("app")).Graphs, g => g.Kind == "gemspec");

        Assert.Equal("gems/internal_tool/internal_tool.gemspec", graph.ManifestPath);
        Assert.Equal(new PublishedPackage("internal_tool", "0.3.0"), Assert.Single(graph.Publishes));
        Assert.Equal("internal_tool", graph.Root.Name);
        Assert.Contains(graph.Unresolved, u => u.Name == "rack" && u.Requirement == ">= 2.0" && u.Scope == DependencyScope.Runtime);
        Assert.Contains(graph.Unresolved, u => u.Name == "rspec" && u.Requirement == "~> 3.12" && u.Scope == DependencyScope.Dev);
    }

    [Fact]
    public void GemfileWithGemspec_PublishesTheGem_AndItsDevelopmentDependenciesAreDev()
    {
        var result = Extract(TestData("my_gem"));

        Assert.Empty(result.Errors);
        var graph = Assert.Single(result.Graphs);
        Assert.Equal(new PublishedPackage("my_gem", "2.4.1"), Assert.Single(graph.Publishes));
        Assert.Equal(5, graph.Nodes.Count - 1);
        Assert.Equal(PackageSource.Local, Node(graph, "my_gem").Source);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "zeitwerk").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "rake").Scope);
        Assert.Equal(DependencyScope.Test, Node(graph, "minitest").Scope);
        Assert.Contains(graph.Edges, e => e.From == Node(graph, "my_gem").Id && e.To == Node(graph, "zeitwerk").Id && e.Requirement == ">= 2.6, < 3");
        Assert.Empty(graph.Unresolved);
    }

    [Fact]
    public void MalformedLockfile_IsReportedWithItsLine_AndOtherFilesStillExtract()
    {
        var malformed = File.ReadAllText(TestPaths.TestData("Sightline.Ecosystems.Tests", "rubygems", "malformed", "Gemfile.lock"));
        var repository = new InMemoryRepository()
            .Add("broken/Gemfile.lock", malformed)
            .Add("ok/Gemfile.lock", "GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.0.9)\n\nDEPENDENCIES\n  rack\n");

        var result = Extract(repository);

        var error = Assert.Single(result.Errors);
        Assert.Equal("broken/Gemfile.lock", error.File);
        Assert.Equal(8, error.Line);
        Assert.Contains("outside any GEM, GIT or PATH section", error.Message, StringComparison.Ordinal);
        var graph = Assert.Single(result.Graphs);
        Assert.Equal("ok/Gemfile.lock", graph.ManifestPath);
        Assert.True(Node(graph, "rack").Direct);
    }

    [Theory]
    [InlineData("    rack (3.0.9)\nGEM\n", 1)]
    [InlineData("GEM\n  remote: https://rubygems.org/\n  specs:\n      rack (>= 1)\n", 4)]
    [InlineData("GEM\n  specs:\n    rack\n", 3)]
    [InlineData("GEM\n  specs:\n    rack (1.0)\n<<<<<<< HEAD\n", 4)]
    [InlineData("DEPENDENCIES\n\track\n", 2)]
    public void MalformedLockfile_FailsAtTheOffendingLine(string content, int line)
    {
        var result = Extract(new InMemoryRepository().Add("Gemfile.lock", content));

        Assert.Equal(line, Assert.Single(result.Errors).Line);
        Assert.Empty(result.Graphs);
    }

    [Fact]
    public void BundlerDependency_ResolvesToTheBundledWithVersion()
    {
        var repository = new InMemoryRepository().Add("Gemfile.lock",
            "GEM\n  remote: https://rubygems.org/\n  specs:\n    rails (7.1.3)\n      bundler (>= 1.15.0)\n\nDEPENDENCIES\n  rails\n\nCHECKSUMS\n  bundler (2.5.6) sha256=abc\n\nBUNDLED WITH\n   2.5.6\n");

        var graph = Assert.Single(Extract(repository).Graphs);

        var bundler = Node(graph, "bundler");
        Assert.Equal("2.5.6", bundler.Version);
        Assert.Equal("sha256:abc", bundler.Integrity);
        Assert.Empty(graph.Unresolved);
    }
}
