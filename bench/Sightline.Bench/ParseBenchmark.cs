using System.Diagnostics;
using System.Globalization;
using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Ecosystems;
using Sightline.Engine.Indexing;

namespace Sightline.Bench;

/// <summary>Parse throughput: every npm and NuGet manifest/lockfile under a folder, one repository per subfolder, no store.</summary>
internal static class ParseBenchmark
{
    public static void Run(string root, int iterations)
    {
        Measure(root, iterations, parallel: false);
        Measure(root, iterations, parallel: true);
    }

    private static void Measure(string root, int iterations, bool parallel)
    {
        var extractors = Extractors.All;
        var repositories = FindRepositories(root).Select(path => new FileSystemRepository(path)).ToList();
        var files = repositories.Sum(r => r.Files.Count(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractors.SelectMany(e => e.FilePatterns))));
        long bytes = 0;
        var errors = 0;
        var best = TimeSpan.MaxValue;

        // Steady state: let the JIT optimise every parser before the clock runs (one round for a big fleet).
        for (var warmUp = 0; warmUp < (iterations > 1 ? 3 : 0); warmUp++)
        {
            repositories.ForEach(r => RepositoryExtraction.Run(r, extractors, CancellationToken.None));
        }

        for (var i = 0; i < Math.Max(1, iterations); i++)
        {
            bytes = 0;
            errors = 0;
            var clock = Stopwatch.StartNew();
            Parallel.ForEach(repositories, new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 }, repository =>
            {
                var result = RepositoryExtraction.Run(repository, extractors, CancellationToken.None);
                Interlocked.Add(ref bytes, result.BytesRead);
                Interlocked.Add(ref errors, result.Errors.Count);
            });

            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parse {root}: {repositories.Count} repositories, {files} files, {bytes / 1e6:0.0} MB in {best.TotalSeconds:0.000} s (best of {iterations}, {(parallel ? Environment.ProcessorCount : 1)} thread(s)) = {bytes / 1e6 / best.TotalSeconds:0} MB/s, {files / best.TotalSeconds:0} files/s, {errors} errors"));
    }

    /// <summary>In ../shared/data/lockfiles the repositories sit at &lt;ecosystem&gt;/&lt;owner__repo&gt;; in a fleet, one level down.</summary>
    private static IEnumerable<string> FindRepositories(string root)
    {
        foreach (var ecosystem in new[] { "npm", "nuget" })
        {
            var folder = Path.Combine(root, ecosystem);
            if (Directory.Exists(folder))
            {
                foreach (var repository in Directory.EnumerateDirectories(folder))
                {
                    yield return repository;
                }
            }
        }

        if (!Directory.Exists(Path.Combine(root, "npm")))
        {
            foreach (var repository in Directory.EnumerateDirectories(root))
            {
                yield return repository;
            }
        }
    }
}
