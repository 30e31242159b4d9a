using System.Diagnostics;
using System.Globalization;
using Sightline.Core.Repositories;
using Sightline.Ecosystems;
using Sightline.Engine.Indexing;

namespace Sightline.Bench;

/// <summary>Per-format parse throughput (one thread, best of several rounds per repository) and the slowest repositories.</summary>
internal static class ProfileFiles
{
    private static readonly string[] Ecosystems = ["npm", "nuget"];

    public static void Run(string root, int rounds)
    {
        var rows = new List<(string Name, string Kind, long Bytes, double Seconds)>();
        var folders = Ecosystems.SelectMany(e => Directory.EnumerateDirectories(Path.Combine(root, e))).ToList();
        var repositories = folders.Select(f => new FileSystemRepository(f)).ToList();

        // Warm up every parser first, so no format is measured before the JIT has optimised it.
        for (var warmUp = 0; warmUp < 5; warmUp++)
        {
            repositories.ForEach(r => RepositoryExtraction.Run(r, Extractors.All, CancellationToken.None));
        }

        foreach (var (folder, repository) in folders.Zip(repositories))
        {
            {
                var best = double.MaxValue;
                Sightline.Core.Extraction.ExtractionResult? result = null;
                for (var round = 0; round < Math.Max(2, rounds); round++)
                {
                    var clock = Stopwatch.StartNew();
                    result = RepositoryExtraction.Run(repository, Extractors.All, CancellationToken.None);
                    best = Math.Min(best, clock.Elapsed.TotalSeconds);
                }

                var kind = result!.Graphs.Select(g => g.Kind.Split(" v")[0]).Distinct().Order(StringComparer.Ordinal).FirstOrDefault() ?? "none";
                rows.Add((Path.GetFileName(folder), kind, result.BytesRead, best));
            }
        }

        Console.WriteLine("by format (repositories grouped by their main format; one thread):");
        foreach (var group in rows.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var bytes = group.Sum(r => r.Bytes);
            var seconds = group.Sum(r => r.Seconds);
            Console.WriteLine(Inv($"  {group.Key,-28} {group.Count(),3} repos {bytes / 1e6,7:0.0} MB {bytes / 1e6 / seconds,6:0} MB/s"));
        }

        Console.WriteLine("slowest repositories:");
        foreach (var (name, kind, bytes, seconds) in rows.OrderByDescending(r => r.Seconds).Take(10))
        {
            Console.WriteLine(Inv($"  {seconds * 1000,7:0.0} ms {bytes / 1e6,6:0.00} MB {bytes / 1e6 / seconds,6:0} MB/s  {name} ({kind})"));
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
