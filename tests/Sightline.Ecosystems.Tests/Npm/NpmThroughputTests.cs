using System.Diagnostics;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Npm;
using Xunit;
using Xunit.Abstractions;

namespace Sightline.Ecosystems.Tests.Npm;

/// <summary>Prints parse throughput per format over the real lockfiles. A measurement, not an assertion.</summary>
public class NpmThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public void Throughput_PerFormat_IsReported()
    {
        var root = NpmTestSupport.RealData;
        var groups = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "package-lock.json" or "yarn.lock" or "pnpm-lock.yaml")
            .GroupBy(f => Kind(f))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Repositories: g.Select(f => (Repo: new InMemoryRepository().Add(Path.GetFileName(f), File.ReadAllBytes(f)), Name: Path.GetFileName(f))).ToList()))
            .ToList();
        var extractor = new NpmExtractor();
        for (var warmUp = 0; warmUp < 5; warmUp++)
        {
            foreach (var group in groups)
            {
                Run(extractor, group.Repositories);
            }
        }

        long allBytes = 0;
        double allSeconds = 0;
        foreach (var group in groups)
        {
            // Each lockfile alone, in memory, so disk speed and the package.json files do not count.
            var repositories = group.Repositories;

            // The fastest of several rounds: steady state after tiered JIT, least disturbed by other load.
            long bytes = 0;
            var best = double.MaxValue;
            for (var round = 0; round < 15; round++)
            {
                var stopwatch = Stopwatch.StartNew();
                bytes = Run(extractor, repositories);
                best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
            }

            allBytes += bytes;
            allSeconds += best;
            output.WriteLine($"{group.Key,-22} {repositories.Count,3} files {bytes / 1e6,7:F1} MB  {bytes / 1e6 / best,7:F0} MB/s");
        }

        output.WriteLine($"{"all",-22} {allBytes / 1e6 / allSeconds,21:F0} MB/s");
    }

    private static long Run(NpmExtractor extractor, List<(InMemoryRepository Repo, string Name)> repositories)
    {
        long bytes = 0;
        foreach (var (repo, name) in repositories)
        {
            var result = extractor.Extract(repo, [name], CancellationToken.None);
            Assert.Empty(result.Errors);
            bytes += result.BytesRead;
        }

        return bytes;
    }

    private static string Kind(string path)
    {
        using var reader = new StreamReader(path);
        var head = new char[400];
        var text = new string(head, 0, reader.Read(head, 0, head.Length));
        return Path.GetFileName(path) switch
        {
            "package-lock.json" => text.Contains("\"lockfileVersion\": 1", StringComparison.Ordinal) ? "package-lock v1" : "package-lock v2/v3",
            "yarn.lock" => text.Contains("__metadata", StringComparison.Ordinal) ? "yarn berry" : "yarn v1",
            _ => "pnpm",
        };
    }
}
