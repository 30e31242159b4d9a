using Sightline.Core.Repositories;
using Xunit;
using Xunit.Abstractions;
using static Sightline.Ecosystems.Tests.PyPI.PyPITestSupport;

namespace Sightline.Ecosystems.Tests.PyPI;

public class PyPIRealDataTests(ITestOutputHelper output)
{
    public static TheoryData<string> Projects()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(RealData).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryRealFile_ExtractsWithoutErrors(string project)
    {
        var repository = new FileSystemRepository(Path.Combine(RealData, project));
        var result = Extract(repository);

        foreach (var graph in result.Graphs)
        {
            output.WriteLine($"{graph.ManifestPath} | {graph.LockfilePath} | {graph.Kind} | root {graph.Root} | nodes {graph.Nodes.Count - 1} | edges {graph.Edges.Count} | unresolved {graph.Unresolved.Count} | publishes {string.Join(",", graph.Publishes)}");
            foreach (var u in graph.Unresolved.Take(8))
            {
                output.WriteLine($"    ? {u}");
            }
        }

        Assert.Empty(result.Errors);
        Assert.True(result.BytesRead > 0);
        var lockfiles = repository.Files.Where(f => f.EndsWith(".lock", StringComparison.Ordinal)).ToList();
        foreach (var lockfile in lockfiles)
        {
            Assert.True(Graph(result, lockfile).Nodes.Count > 1, lockfile + " has no package");
        }

        // A manifest without a lockfile still says what it declares: packages or unresolved declarations.
        foreach (var manifest in repository.Files.Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith("Pipfile", StringComparison.Ordinal)))
        {
            var graph = Assert.Single(result.Graphs, g => g.ManifestPath == manifest || g.ManifestPath + ".lock" == manifest + ".lock");
            Assert.True(graph.Nodes.Count > 1 || graph.Unresolved.Count > 1, manifest + " declares nothing");
        }
    }
}
