using System.Diagnostics;
using Sightline.Core.Repositories;
using Xunit;
using Xunit.Abstractions;

namespace Sightline.Ecosystems.Tests.Npm;

public class NpmRealDataTests(ITestOutputHelper output)
{
    [Fact]
    public void AllRealFiles_ExtractWithoutErrors()
    {
        var repository = new FileSystemRepository(NpmTestSupport.RealData);
        var stopwatch = Stopwatch.StartNew();
        var result = NpmTestSupport.Extract(repository);
        stopwatch.Stop();
        Assert.Empty(result.Errors.Select(e => e.ToString()));

        var lockfiles = repository.Files.Where(f => f.EndsWith("lock.json", StringComparison.Ordinal) || f.EndsWith(".lock", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).ToList();
        Assert.Equal(38, lockfiles.Count);
        foreach (var lockfile in lockfiles)
        {
            var graph = Assert.Single(result.Graphs, g => g.LockfilePath == lockfile);
            Assert.True(graph.Nodes.Count > 20, $"{lockfile}: only {graph.Nodes.Count} nodes");
            Assert.True(graph.Edges.Any(e => e.From == 0), $"{lockfile}: no direct dependencies");
            output.WriteLine($"{lockfile}: {graph.Kind}, {graph.Nodes.Count} nodes, {graph.Edges.Count} edges, {graph.Unresolved.Count} unresolved");
            foreach (var unresolved in graph.Unresolved.Take(3))
            {
                output.WriteLine($"    unresolved {unresolved}");
            }
        }

        output.WriteLine($"{result.BytesRead / 1e6:F1} MB in {stopwatch.ElapsedMilliseconds} ms (first run, includes JIT)");
    }
}
