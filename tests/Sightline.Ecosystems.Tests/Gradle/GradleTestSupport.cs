using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Gradle;

namespace Sightline.Ecosystems.Tests.Gradle;

internal static class GradleTestSupport
{
    /// <summary>Runs the extractor as the indexer does: over every file matching its patterns.</summary>
    public static ExtractionResult Extract(IRepositoryFiles repository)
    {
        var extractor = new GradleExtractor();
        var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns)).ToList();
        return extractor.Extract(repository, files, CancellationToken.None);
    }

    public static DependencyGraph Graph(ExtractionResult result, string manifestPath) =>
        result.Graphs.Single(g => g.ManifestPath == manifestPath);

    public static Dictionary<string, PackageNode> ByName(DependencyGraph graph) =>
        graph.Nodes.Skip(1).ToDictionary(n => n.Name, StringComparer.Ordinal);

    /// <summary>The first path from the root to the named node, as node names.</summary>
    public static string[] PathTo(DependencyGraph graph, string name)
    {
        var target = graph.Nodes.Single(n => n.Name == name).Id;
        var paths = GraphPaths.AllPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.From, e.To)), target, 10, out _);
        return [.. paths[0].Select(i => graph.Nodes[i].Name)];
    }
}
