using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Cargo;
using Sightline.Tests;

namespace Sightline.Ecosystems.Tests.Cargo;

internal static class CargoTestSupport
{
    public static string RealData => Path.Combine(TestPaths.Lockfiles, "cargo");

    public static string Fixtures => TestPaths.TestData("Sightline.Ecosystems.Tests", "cargo");

    public static ExtractionResult Extract(IRepositoryFiles repository)
    {
        var extractor = new CargoExtractor();
        var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns)).ToList();
        return extractor.Extract(repository, files, CancellationToken.None);
    }

    public static ExtractionResult ExtractFolder(string folder) => Extract(new FileSystemRepository(folder));

    public static PackageNode Node(this DependencyGraph graph, string name, string? version = null) =>
        graph.Nodes.Single(n => n.Id != 0 && n.Name == name && (version is null || n.Version == version));

    public static IEnumerable<PackageNode> Children(this DependencyGraph graph, PackageNode parent) =>
        graph.Edges.Where(e => e.From == parent.Id).Select(e => graph.Nodes[e.To]);

    public static DependencyEdge Edge(this DependencyGraph graph, PackageNode from, PackageNode to) =>
        graph.Edges.Single(e => e.From == from.Id && e.To == to.Id);

    /// <summary>The shortest root path to a node, as "name" steps.</summary>
    public static string[] ShortestPath(this DependencyGraph graph, PackageNode node)
    {
        var paths = GraphPaths.ShortestPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.From, e.To)));
        return [.. paths[node.Id]!.Select(id => graph.Nodes[id].Name)];
    }
}
