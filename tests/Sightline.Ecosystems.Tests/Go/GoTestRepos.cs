using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Go;
using Sightline.Tests;

namespace Sightline.Ecosystems.Tests.Go;

/// <summary>Runs the Go extractor over a folder or an in-memory repository, with no module cache unless given.</summary>
internal static class GoTestRepos
{
    public static string Fixture(params string[] parts) => TestPaths.TestData("Sightline.Ecosystems.Tests", ["go", .. parts]);

    public static ExtractionResult Extract(IRepositoryFiles repository, string? moduleCache = null)
    {
        var extractor = new GoExtractor(new GoSettings(moduleCache));
        var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns)).ToList();
        return extractor.Extract(repository, files, CancellationToken.None);
    }

    public static ExtractionResult Extract(string folder, string? moduleCache = null) => Extract(new FileSystemRepository(folder), moduleCache);

    public static DependencyGraph Graph(ExtractionResult result, string manifestPath) =>
        result.Graphs.Single(g => g.ManifestPath == manifestPath);

    public static PackageNode Node(DependencyGraph graph, string name) => graph.Nodes.Single(n => n.Id != 0 && n.Name == name);

    public static IEnumerable<string> Children(DependencyGraph graph, int node) =>
        graph.Edges.Where(e => e.From == node).Select(e => graph.Nodes[e.To].ToString()).Order(StringComparer.Ordinal);
}
