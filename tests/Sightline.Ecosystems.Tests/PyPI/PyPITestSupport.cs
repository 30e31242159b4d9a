using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.PyPI;
using Sightline.Tests;
using Xunit;

namespace Sightline.Ecosystems.Tests.PyPI;

internal static class PyPITestSupport
{
    public static string RealData => Path.Combine(TestPaths.Lockfiles, "pypi");

    public static string Fixtures => TestPaths.TestData("Sightline.Ecosystems.Tests", "pypi");

    public static ExtractionResult Extract(IRepositoryFiles repository)
    {
        var extractor = new PyPIExtractor();
        var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns)).ToList();
        return extractor.Extract(repository, files, CancellationToken.None);
    }

    public static ExtractionResult ExtractFolder(params string[] parts) => Extract(new FileSystemRepository(Path.Combine(parts)));

    public static DependencyGraph Graph(ExtractionResult result, string lockfileOrManifest) =>
        Assert.Single(result.Graphs, g => g.LockfilePath == lockfileOrManifest || (g.LockfilePath is null && g.ManifestPath == lockfileOrManifest));

    public static PackageNode Node(DependencyGraph graph, string name, string? version = null) =>
        Assert.Single(graph.Nodes.Skip(1), n => n.Name == name && (version is null || n.Version == version));

    /// <summary>The shortest root path to a node, as "a@1 > b@2".</summary>
    public static string ShortestPath(DependencyGraph graph, PackageNode target)
    {
        var paths = GraphPaths.ShortestPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.From, e.To)));
        var path = paths[target.Id] ?? throw new InvalidOperationException($"{target} is not reachable");
        return string.Join(" > ", path.Select(id => graph.Nodes[id].ToString()));
    }

    public static InMemoryRepository Repo(params (string Path, string Content)[] files)
    {
        var repository = new InMemoryRepository();
        foreach (var (path, content) in files)
        {
            repository.Add(path, content);
        }

        return repository;
    }
}
