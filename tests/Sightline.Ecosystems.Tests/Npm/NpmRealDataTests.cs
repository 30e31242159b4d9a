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

        // Every declared or required dependency is found, except three entries vendure's lockfile really
        // lacks (checked with jq: no "packages/asset-server-plugin/node_modules/@sec-ant/readable-stream"
        // or "node_modules/@sec-ant/readable-stream" key, likewise peek-readable and @vendure-io/docs-provider).
        var missing = result.Graphs.SelectMany(g => g.Unresolved.Where(u => u.Name != "*").Select(u => $"{g.LockfilePath}: {u.Name}")).ToList();
        Assert.Equal(
            ["vendure-ecommerce__vendure/package-lock.json: @sec-ant/readable-stream", "vendure-ecommerce__vendure/package-lock.json: @vendure-io/docs-provider", "vendure-ecommerce__vendure/package-lock.json: peek-readable"],
            missing.Order(StringComparer.Ordinal));

        output.WriteLine($"{result.BytesRead / 1e6:F1} MB in {stopwatch.ElapsedMilliseconds} ms (first run, includes JIT)");
    }
}
