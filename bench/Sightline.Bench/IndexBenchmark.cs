using System.Diagnostics;
using System.Globalization;
using Sightline.Core.Queries;
using Sightline.Ecosystems;
using Sightline.Engine.Indexing;
using Sightline.Fleet.Git;
using Sightline.Store;

namespace Sightline.Bench;

/// <summary>Whole-fleet indexing into a fresh SQLite database, then the who-uses query latency.</summary>
internal static class IndexBenchmark
{
    public static async Task RunAsync(string fleet, string? database)
    {
        var db = database ?? Path.Combine(Path.GetTempPath(), $"sightline-bench-{Environment.ProcessId}.db");
        foreach (var file in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(file);
        }

        using var store = SightlineStore.Open(db);
        var indexer = new FleetIndexer(store, Extractors.All, new GitCli());
        var clock = Stopwatch.StartNew();
        var report = await indexer.IndexAsync([fleet], new IndexOptions());
        var elapsed = clock.Elapsed;
        var manifests = report.Repositories.Sum(r => r.Manifests);
        var packages = report.Repositories.Sum(r => (long)r.Packages);
        Console.WriteLine(Inv($"index {fleet}: {report.Repositories.Count} repositories ({report.Indexed} indexed, {report.Failed} failed, {report.ProblemCount} problems), {manifests} manifests, {packages} package nodes"));
        Console.WriteLine(Inv($"  total {elapsed.TotalSeconds:0.0} s = {report.Repositories.Count / elapsed.TotalSeconds:0} repositories/s, {report.BytesParsed / 1e6 / elapsed.TotalSeconds:0} MB/s of {report.BytesParsed / 1e6:0} MB parsed end to end"));
        Console.WriteLine(Inv($"  extraction {report.ExtractTime.TotalSeconds:0.0} s summed over workers, store writes {report.StoreTime.TotalSeconds:0.0} s (one writer)"));
        Console.WriteLine(Inv($"  peak memory (working set) {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB; database {new FileInfo(db).Length / 1e6:0} MB"));

        foreach (var name in new[] { "pkg-1", "pkg-3", "Vendor3.Library3" })
        {
            var query = PackageQuery.Parse(name);
            var count = store.WhoUses(query).Count;
            var timings = new List<double>();
            for (var i = 0; i < 21; i++)
            {
                var run = Stopwatch.StartNew();
                store.WhoUses(query);
                timings.Add(run.Elapsed.TotalMilliseconds);
            }

            timings.Sort();
            Console.WriteLine(Inv($"  who-uses {name}: {count} occurrences, median {timings[timings.Count / 2]:0.0} ms, max {timings[^1]:0.0} ms (21 runs, in process)"));
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
