using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Composer;
using Sightline.Tests;
using Xunit;

namespace Sightline.Ecosystems.Tests.Composer;

public class ComposerExtractorTests
{
    internal static ExtractionResult Extract(IRepositoryFiles repository)
    {
        var extractor = new ComposerExtractor();
        var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns)).ToList();
        return extractor.Extract(repository, files, CancellationToken.None);
    }

    private static DependencyGraph App()
    {
        var result = Extract(new FileSystemRepository(TestPaths.TestData("Sightline.Ecosystems.Tests", "composer", "app")));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Graphs, g => g.ManifestPath == "composer.json");
    }

    private static PackageNode Node(DependencyGraph graph, string name) => Assert.Single(graph.Nodes, n => n.Name == name && n.Id != 0);

    private static IEnumerable<string> Children(DependencyGraph graph, string name) =>
        graph.Edges.Where(e => e.From == Node(graph, name).Id).Select(e => graph.Nodes[e.To].Name).Order(StringComparer.Ordinal);

    [Fact]
    public void ComposerLock_PackagesAreRuntime_PackagesDevAreDev()
    {
        var graph = App();

        Assert.Equal("composer.lock", graph.LockfilePath);
        Assert.Equal("composer.lock (plugin-api 2.6.0)", graph.Kind);
        Assert.Equal(12, graph.Nodes.Count - 1);
        Assert.Equal(("acme/shop", "1.4.0"), (graph.Root.Name, graph.Root.Version));
        Assert.Equal(new PublishedPackage("acme/shop", "1.4.0"), Assert.Single(graph.Publishes));
        Assert.Equal(DependencyScope.Runtime, Node(graph, "symfony/console").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "phpunit/phpunit").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "sebastian/diff").Scope);
        Assert.Equal("v11.9.2", Node(graph, "laravel/framework").Version);
        Assert.Equal(
            ["acme/billing", "acme/legacy-sdk", "laravel/framework", "php-http/discovery", "phpunit/phpunit"],
            graph.Nodes.Where(n => n.Direct).Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Contains(graph.Edges, e => e.From == 0 && e.To == Node(graph, "phpunit/phpunit").Id && e.Scope == DependencyScope.Dev && e.Requirement == "^11.0");
        // require-dev of a locked package is not followed: php-invoker is not in the lock and not reported.
        Assert.Equal(["sebastian/diff"], Children(graph, "phpunit/phpunit"));
    }

    [Fact]
    public void ReplaceAndProvide_SatisfyRequires()
    {
        var graph = App();

        // illuminate/support is replaced by laravel/framework: the root's two requires are one edge.
        Assert.Single(graph.Edges, e => e.From == 0 && e.To == Node(graph, "laravel/framework").Id);
        // psr/log-implementation is provided by laravel/framework; psr/http-client-implementation by guzzle.
        Assert.Equal(["acme/fonts", "laravel/framework"], Children(graph, "acme/billing"));
        Assert.Contains(graph.Edges, e => e.From == Node(graph, "acme/billing").Id && e.To == Node(graph, "laravel/framework").Id && e.Requirement == "^11.0");
        Assert.Equal(["guzzlehttp/guzzle"], Children(graph, "php-http/discovery"));
        // Platform requirements (php, ext-*, composer-plugin-api) are not packages.
        Assert.Equal(["psr/log", "symfony/console"], Children(graph, "laravel/framework"));
    }

    [Fact]
    public void Sources_PathVcsPackageAndRegistry()
    {
        var graph = App();

        var billing = Node(graph, "acme/billing");
        Assert.Equal((PackageSource.Local, "packages/billing"), (billing.Source, billing.Resolved));
        var legacy = Node(graph, "acme/legacy-sdk");
        Assert.Equal((PackageSource.Git, "https://github.com/acme/legacy-sdk.git@9fceb02d0ae598e95dc970b74767f19372d61af8"), (legacy.Source, legacy.Resolved));
        var fonts = Node(graph, "acme/fonts");
        Assert.Equal((PackageSource.Url, "https://downloads.acme.example/fonts-2.0.0.zip"), (fonts.Source, fonts.Resolved));
        Assert.Equal("sha1:a9993e364706816aba3e25717850c26c9cd0d89d", fonts.Integrity);
        var guzzle = Node(graph, "guzzlehttp/guzzle");
        Assert.Equal(PackageSource.Registry, guzzle.Source);
        Assert.Equal("sha1:5c2b7a3e1f0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b", guzzle.Integrity);
        Assert.Null(Node(graph, "laravel/framework").Integrity);
        Assert.Equal("pkg:composer/laravel/framework@v11.9.2", Node(graph, "laravel/framework").Purl);
    }

    [Fact]
    public void RequireMissingFromTheLock_IsUnresolved()
    {
        var graph = App();

        var missing = Assert.Single(graph.Unresolved);
        Assert.Equal(("zendesk/zendesk_api_client_php", "^3.0"), (missing.Name, missing.Requirement));
        Assert.Contains("not in composer.lock", missing.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PathPackageManifest_WithoutLockfile_PublishesAndDeclares()
    {
        var result = Extract(new FileSystemRepository(TestPaths.TestData("Sightline.Ecosystems.Tests", "composer", "app")));

        var graph = Assert.Single(result.Graphs, g => g.ManifestPath == "packages/billing/composer.json");
        Assert.Equal("composer.json (no lockfile)", graph.Kind);
        Assert.Equal(new PublishedPackage("acme/billing", null), Assert.Single(graph.Publishes));
        Assert.Single(graph.Nodes);
        Assert.Contains(graph.Unresolved, u => u.Name == "laravel/framework" && u.Requirement == "^11.0" && u.Scope == DependencyScope.Runtime);
        Assert.Contains(graph.Unresolved, u => u.Name == "phpunit/phpunit" && u.Scope == DependencyScope.Dev);
        Assert.DoesNotContain(graph.Unresolved, u => u.Name == "php");
    }

    [Fact]
    public void MalformedLock_IsReportedWithItsLine_AndOtherFilesStillExtract()
    {
        var malformed = File.ReadAllText(TestPaths.TestData("Sightline.Ecosystems.Tests", "composer", "malformed", "composer.lock"));
        var repository = new InMemoryRepository()
            .Add("broken/composer.lock", malformed)
            .Add("ok/composer.json", """{ "name": "acme/ok", "require": { "psr/log": "^3.0" } }""")
            .Add("ok/composer.lock", """{ "packages": [ { "name": "psr/log", "version": "3.0.0" } ], "packages-dev": [] }""");

        var result = Extract(repository);

        var error = Assert.Single(result.Errors);
        Assert.Equal("broken/composer.lock", error.File);
        Assert.Equal(7, error.Line);
        var graph = Assert.Single(result.Graphs);
        Assert.True(Node(graph, "psr/log").Direct);
    }

    [Fact]
    public void LockWithoutManifest_InfersDirectDependencies()
    {
        var repository = new InMemoryRepository().Add("composer.lock", """
            { "packages": [
                { "name": "monolog/monolog", "version": "3.6.0", "require": { "psr/log": "^2.0 || ^3.0" } },
                { "name": "psr/log", "version": "3.0.0" } ],
              "packages-dev": [ { "name": "mockery/mockery", "version": "1.6.12" } ] }
            """);

        var graph = Assert.Single(Extract(repository).Graphs);

        Assert.Equal("composer.lock", graph.ManifestPath);
        Assert.Equal(["mockery/mockery", "monolog/monolog"], graph.Nodes.Where(n => n.Direct).Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Equal(DependencyScope.Dev, Node(graph, "mockery/mockery").Scope);
        Assert.Contains(graph.Unresolved, u => u.Name == "*");
        Assert.Empty(graph.Publishes);
    }

    [Fact]
    public void RequireTheProjectReplaces_IsSatisfiedByTheProject()
    {
        var repository = new InMemoryRepository()
            .Add("composer.json", """{ "name": "acme/app", "require": { "nesbot/carbon": "^3.0" }, "replace": { "symfony/polyfill-mbstring": "*" } }""")
            .Add("composer.lock", """{ "packages": [ { "name": "nesbot/carbon", "version": "3.8.0", "require": { "symfony/polyfill-mbstring": "^1.0" } } ] }""");

        var graph = Assert.Single(Extract(repository).Graphs);

        Assert.Empty(graph.Unresolved);
        Assert.Single(graph.Edges);
    }

    [Fact]
    public void CommittedVendorFolder_IsNotAProject()
    {
        var repository = new InMemoryRepository()
            .Add("composer.json", """{ "name": "acme/app", "require": { "psr/log": "^3.0" } }""")
            .Add("vendor/psr/log/composer.json", """{ "name": "psr/log", "require": { "php": ">=8.0.0" } }""");

        var graph = Assert.Single(Extract(repository).Graphs);

        Assert.Equal("acme/app", Assert.Single(graph.Publishes).Name);
    }

    [Theory]
    [InlineData("""{ "packages": { "name": "x" } }""")]
    [InlineData("""{ "packages": [ { "name": "psr/log" } ] }""")]
    [InlineData("""{ "packages": [ { "name": "psr/log", "version": "1.0", "require": "psr/container" } ] }""")]
    [InlineData("[]")]
    public void WrongStructure_IsAnError(string lockfile)
    {
        var result = Extract(new InMemoryRepository().Add("composer.lock", lockfile));

        Assert.Single(result.Errors);
        Assert.Empty(result.Graphs);
    }

    [Theory]
    [InlineData("php", true)]
    [InlineData("php-64bit", true)]
    [InlineData("ext-SimpleXML", true)]
    [InlineData("lib-icu", true)]
    [InlineData("composer-runtime-api", true)]
    [InlineData("composer/composer", false)]
    [InlineData("phpunit/phpunit", false)]
    public void PlatformPackages_AreRecognised(string name, bool platform) => Assert.Equal(platform, PlatformPackages.Is(name));

    [Fact]
    public void ComposerLock_KeepsLicenses_SeveralAreAChoice()
    {
        var result = Extract(new FileSystemRepository(Path.Combine(TestPaths.Lockfiles, "composer", "BookStackApp__BookStack")));

        var graph = Assert.Single(result.Graphs);
        Assert.Equal("(BSD-3-Clause OR GPL-2.0-only OR GPL-3.0-only)", Node(graph, "nette/schema").License);
        Assert.Equal("MIT", Node(graph, "laravel/framework").License);
    }
}
