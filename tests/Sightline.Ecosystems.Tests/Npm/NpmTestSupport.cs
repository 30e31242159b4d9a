using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Npm;
using Sightline.Tests;
using Xunit;

namespace Sightline.Ecosystems.Tests.Npm;

/// <summary>Runs the npm extractor over folders and in-memory repositories, and looks things up in graphs.</summary>
internal static class NpmTestSupport
{
    public static string RealData => Path.Combine(TestPaths.Lockfiles, "npm");

    public static string Fixture(params string[] parts) => TestPaths.TestData("Sightline.Ecosystems.Tests", ["npm", .. parts]);

    public static ExtractionResult ExtractFolder(string folder)
    {
        var repository = new FileSystemRepository(folder);
        return Extract(repository);
    }

    public static ExtractionResult Extract(IRepositoryFiles repository)
    {
        var extractor = new NpmExtractor();
        var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns)).ToList();
        return extractor.Extract(repository, files, CancellationToken.None);
    }

    public static DependencyGraph Single(ExtractionResult result)
    {
        Assert.Empty(result.Errors);
        return Assert.Single(result.Graphs);
    }

    public static PackageNode Node(DependencyGraph graph, string name, string? version = null) =>
        Assert.Single(graph.Nodes, n => n.Id != 0 && n.Name == name && (version is null || n.Version == version));

    public static PackageNode NodeAt(DependencyGraph graph, string location) =>
        Assert.Single(graph.Nodes, n => n.Location == location);

    public static bool HasEdge(DependencyGraph graph, PackageNode from, PackageNode to) =>
        graph.Edges.Any(e => e.From == from.Id && e.To == to.Id);

    public static DependencyEdge Edge(DependencyGraph graph, PackageNode from, PackageNode to) =>
        Assert.Single(graph.Edges, e => e.From == from.Id && e.To == to.Id);

    /// <summary>The shortest path from the root to a node, as "name@version" strings.</summary>
    public static IReadOnlyList<string> ShortestPath(DependencyGraph graph, PackageNode target)
    {
        var paths = GraphPaths.AllPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.From, e.To)), target.Id, 1000, out _);
        Assert.NotEmpty(paths);
        return paths.MinBy(p => p.Length)!.Select(id => graph.Nodes[id].ToString()).ToList();
    }
}
