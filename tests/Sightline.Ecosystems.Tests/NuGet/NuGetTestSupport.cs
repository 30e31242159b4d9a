using System.Xml.Linq;
using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.NuGet;
using Sightline.Tests;

namespace Sightline.Ecosystems.Tests.NuGet;

internal static class NuGetTestSupport
{
    public static string CorpusRoot => Path.Combine(TestPaths.Lockfiles, "nuget");

    public static string Fixture(params string[] parts) => TestPaths.TestData("Sightline.Ecosystems.Tests", ["nuget", .. parts]);

    public static ExtractionResult Run(IRepositoryFiles repository)
    {
        var extractor = new NuGetExtractor();
        var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns)).ToList();
        return extractor.Extract(repository, files, CancellationToken.None);
    }

    public static ExtractionResult RunCorpus(string repository) => Run(new FileSystemRepository(Path.Combine(CorpusRoot, repository)));

    public static ExtractionResult RunFixture(string name) => Run(new FileSystemRepository(Fixture(name)));

    public static DependencyGraph Graph(ExtractionResult result, string manifestPath) =>
        result.Graphs.Single(g => g.ManifestPath == manifestPath);

    public static PackageNode Node(DependencyGraph graph, string name, string? version = null) =>
        graph.Nodes.Skip(1).Single(n => n.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && (version is null || n.Version == version));

    /// <summary>Node names along the shortest path from the root to the node, root excluded.</summary>
    public static IReadOnlyList<string> PathTo(DependencyGraph graph, PackageNode node)
    {
        var paths = GraphPaths.ShortestPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.From, e.To)));
        return paths[node.Id]?.Select(id => graph.Nodes[id].ToString()).ToList() ?? [];
    }

    /// <summary>PackageReference Include values of an MSBuild file, read independently of the extractor.</summary>
    public static IEnumerable<string> DeclaredPackageReferences(string file) =>
        XDocument.Load(file).Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "GlobalPackageReference")
            .Select(e => e.Attribute("Include")?.Value)
            .OfType<string>();
}
