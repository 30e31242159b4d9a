using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Npm;
using Xunit;
using static Sightline.Ecosystems.Tests.Npm.NpmTestSupport;

namespace Sightline.Ecosystems.Tests.Npm;

public class NpmExtractorTests
{
    [Fact]
    public void Extractor_IsRegisteredWithItsPatterns()
    {
        var npm = Assert.Single(Extractors.All.OfType<NpmExtractor>());
        Assert.Equal(("npm", Ecosystem.Npm, 5), (npm.Id, npm.Ecosystem, npm.Version));
        Assert.Equal(["package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"], npm.FilePatterns);
    }

    [Fact]
    public void Publishes_NamedPackagesAndWorkspaceMembers_NotPrivateOnes()
    {
        var repository = new InMemoryRepository()
            .Add("package.json", "{\"name\": \"monorepo\", \"private\": true, \"workspaces\": [\"packages/*\"]}")
            .Add("packages/a/package.json", "{\"name\": \"@acme/a\", \"version\": \"1.2.0\"}")
            .Add("packages/b/package.json", "{\"name\": \"@acme/b\", \"version\": \"0.1.0\", \"private\": true}")
            .Add("lib/package.json", "{\"name\": \"acme-lib\", \"version\": \"3.0.0\"}");

        var result = new NpmExtractor().Extract(repository, [.. repository.Files], CancellationToken.None);

        var root = result.Graphs.Single(g => g.ManifestPath == "package.json");
        Assert.Equal([new PublishedPackage("@acme/a", "1.2.0")], root.Publishes);
        Assert.Equal([new PublishedPackage("acme-lib", "3.0.0")], result.Graphs.Single(g => g.ManifestPath == "lib/package.json").Publishes);
    }

    [Fact]
    public void Grouping_NonMemberPackageJsonBelowALockfile_GetsItsOwnGraph()
    {
        var repository = new InMemoryRepository()
            .Add("package.json", "{\"name\": \"root\", \"workspaces\": [\"packages/*\"]}")
            .Add("package-lock.json", "{\"lockfileVersion\": 3, \"packages\": {\"\": {\"workspaces\": [\"packages/*\"]}, \"packages/a\": {\"name\": \"a\"}, \"node_modules/a\": {\"link\": true, \"resolved\": \"packages/a\"}}}")
            .Add("packages/a/package.json", "{\"name\": \"a\", \"dependencies\": {\"x\": \"^1\"}}")
            .Add("examples/demo/package.json", "{\"name\": \"demo\", \"dependencies\": {\"x\": \"1.0.0\"}}");
        var result = Extract(repository);
        Assert.Empty(result.Errors);
        Assert.Equal(["examples/demo/package.json", "package.json"], result.Graphs.Select(g => g.ManifestPath).Order(StringComparer.Ordinal));
        Assert.Equal("package.json (no lockfile)", result.Graphs.Single(g => g.ManifestPath == "examples/demo/package.json").Kind);
        var bytes = repository.Files.Sum(f => (long)repository.OpenRead(f).Length);
        Assert.Equal(bytes, result.BytesRead);
    }

    [Fact]
    public void Grouping_PnpmImportersCoverMembersBelowASubfolderLockfile()
    {
        var repository = new InMemoryRepository()
            .Add("web/package.json", "{\"name\": \"web-root\"}")
            .Add("web/pnpm-lock.yaml", "lockfileVersion: '9.0'\nimporters:\n  .: {}\n  apps/site:\n    dependencies:\n      x:\n        specifier: ^1.0.0\n        version: 1.0.0\npackages:\n  x@1.0.0:\n    resolution: {integrity: sha512-x}\nsnapshots:\n  x@1.0.0: {}\n")
            .Add("web/apps/site/package.json", "{\"name\": \"site\", \"version\": \"2.0.0\", \"dependencies\": {\"x\": \"^1.0.0\"}}");
        var graph = Single(Extract(repository));
        Assert.Equal("web/package.json", graph.ManifestPath);
        var site = NodeAt(graph, "apps/site"); // locations are relative to the lockfile, like its keys
        Assert.Equal("apps/site", site.Name); // no pnpm-workspace.yaml or workspaces: the name comes from the folder
        Assert.True(Node(graph, "x", "1.0.0").Direct);
    }

    [Fact]
    public void Grouping_YarnAndPackageLockInOneFolder_GiveTwoGraphs()
    {
        var repository = new InMemoryRepository()
            .Add("package.json", "{\"name\": \"both\", \"dependencies\": {\"a\": \"^1.0.0\"}}")
            .Add("package-lock.json", "{\"lockfileVersion\": 3, \"packages\": {\"\": {\"dependencies\": {\"a\": \"^1.0.0\"}}, \"node_modules/a\": {\"version\": \"1.0.1\"}}}")
            .Add("yarn.lock", "a@^1.0.0:\n  version \"1.0.2\"\n");
        var result = Extract(repository);
        Assert.Empty(result.Errors);
        Assert.Equal(["1.0.1", "1.0.2"], result.Graphs.Select(g => Node(g, "a").Version).Order(StringComparer.Ordinal));
        Assert.All(result.Graphs, g => Assert.Equal("package.json", g.ManifestPath));
    }
}
