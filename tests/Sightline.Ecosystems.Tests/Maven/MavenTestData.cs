using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven;
using Sightline.Tests;

namespace Sightline.Ecosystems.Tests.Maven;

/// <summary>Paths to the Maven scenarios and one-call extraction helpers.</summary>
internal static class MavenTestData
{
    public static string Folder(params string[] parts) => TestPaths.TestData("Sightline.Ecosystems.Tests", ["maven", .. parts]);

    /// <summary>The fixture local Maven repository (~/.m2/repository layout).</summary>
    public static string LocalRepository => Folder("m2");

    public static MavenSettings WithLocalRepository => new() { LocalRepositories = [LocalRepository] };

    public static MavenSettings NoRepositories => new();

    public static ExtractionResult Extract(IEcosystemExtractor extractor, IRepositoryFiles repository) =>
        extractor.Extract(repository, [.. repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns))], CancellationToken.None);

    public static ExtractionResult Extract(string folder, MavenSettings settings) =>
        Extract(new MavenExtractor(settings), new FileSystemRepository(folder));

    public static DependencyGraph Graph(this ExtractionResult result, string manifestPath) =>
        Xunit.Assert.Single(result.Graphs, g => g.ManifestPath == manifestPath);

    public static PackageNode Node(this DependencyGraph graph, string name) =>
        Xunit.Assert.Single(graph.Nodes.Skip(1), n => n.Name == name);

    public static bool Has(this DependencyGraph graph, string name) => graph.Nodes.Skip(1).Any(n => n.Name == name);

    /// <summary>The shortest path from the project to a package, as "name@version" labels.</summary>
    public static string[] ShortestPath(this DependencyGraph graph, string name)
    {
        var paths = GraphPaths.ShortestPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.From, e.To)));
        return [.. paths[graph.Node(name).Id]!.Select(id => graph.Nodes[id].ToString())];
    }

    public static string Dump(DependencyGraph graph) =>
        string.Join('\n', graph.Nodes.Select(n => $"{n.Id} {n} {n.Scope} direct={n.Direct} {n.Source}")
            .Concat(graph.Edges.Select(e => $"  {e.From}->{e.To} {e.Scope} {e.Requirement}"))
            .Concat(graph.Unresolved.Select(u => $"  ? {u.Name} {u.Requirement} [{u.Scope}] {u.Reason}")));
}
