using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Sbom;
using Sightline.Tests;
using Xunit;

namespace Sightline.Ecosystems.Tests.Sbom;

internal static class SbomTestSupport
{
    public static string TestData => TestPaths.TestData("Sightline.Ecosystems.Tests", "sbom");

    public static ExtractionResult Extract(IRepositoryFiles repository, SbomExtractor? extractor = null)
    {
        extractor ??= new SbomExtractor();
        var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns)).ToList();
        return extractor.Extract(repository, files, CancellationToken.None);
    }

    /// <summary>Reads one fixture of testdata/sbom on its own.</summary>
    public static ExtractionResult Fixture(string file)
    {
        var repository = new InMemoryRepository().Add(file, File.ReadAllBytes(Path.Combine(TestData, file)));
        return Extract(repository);
    }

    public static ExtractionResult Inline(string file, string json) => Extract(new InMemoryRepository().Add(file, json));

    public static DependencyGraph Graph(ExtractionResult result, Ecosystem ecosystem) => Assert.Single(result.Graphs, g => g.Ecosystem == ecosystem);

    public static PackageNode Node(DependencyGraph graph, string name) => Assert.Single(graph.Nodes, n => n.Name == name && n.Id != 0);

    private static string Label(PackageNode node) => node.Id == 0 ? "ROOT" : node.ToString();

    /// <summary>Edges as "parent -> child" with name@version labels, the root as ROOT, sorted.</summary>
    public static List<string> Edges(DependencyGraph graph) =>
        [.. graph.Edges.Select(e => $"{Label(graph.Nodes[e.From])} -> {Label(graph.Nodes[e.To])}").Order(StringComparer.Ordinal)];

    /// <summary>The packages (not the root) as name@version, sorted.</summary>
    public static List<string> Packages(DependencyGraph graph) =>
        [.. graph.Nodes.Where(n => n.Id != 0).Select(n => n.ToString()).Order(StringComparer.Ordinal)];
}
