using System.Diagnostics;
using System.Globalization;
using Sightline.Core.Repositories;
using Sightline.Ecosystems;
using Sightline.Engine.Indexing;

namespace Sightline.Bench;

/// <summary>Per-repository parse times, slowest first: where the parse budget goes.</summary>
internal static class ProfileFiles
{
    public static void Run(string root)
    {
        var rows = new List<(string Name, long Bytes, double Ms)>();
        foreach (var ecosystem in new[] { "npm", "nuget" })
        {
            foreach (var folder in Directory.EnumerateDirectories(Path.Combine(root, ecosystem)))
            {
                var repository = new FileSystemRepository(folder);
                RepositoryExtraction.Run(repository, Extractors.All, CancellationToken.None);
                var clock = Stopwatch.StartNew();
                var result = RepositoryExtraction.Run(repository, Extractors.All, CancellationToken.None);
                rows.Add((Path.GetFileName(folder) + " " + string.Join(",", result.Graphs.Select(g => g.Kind).Distinct()), result.BytesRead, clock.Elapsed.TotalMilliseconds));
            }
        }

        foreach (var (name, bytes, ms) in rows.OrderByDescending(r => r.Ms).Take(25))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ms,8:0.0} ms {bytes / 1e6,6:0.00} MB {bytes / 1e3 / ms,6:0} MB/s  {name}"));
        }
    }
}
