using System.Diagnostics;
using System.Globalization;
using Sightline.Advisories.Osv;
using Sightline.Engine.Matching;
using Sightline.Store;
using Sightline.Store.Findings;

namespace Sightline.Bench;

/// <summary>
/// Advisory figures: import of ../shared/data/osv into a fresh store; then, on the indexed synthetic fleet,
/// import of a 100,000-record synthetic dump, a whole-fleet match and `exposure` query latency.
/// </summary>
internal static class AdvisoryBenchmark
{
    public static void Run(string realOsv, string fleetDatabase, string syntheticZip)
    {
        var fresh = Path.Combine(Path.GetTempPath(), $"sightline-bench-osv-{Environment.ProcessId}.db");
        using (var store = SightlineStore.Open(fresh))
        {
            var clock = Stopwatch.StartNew();
            var report = new OsvReadReport();
            var result = store.ImportAdvisories(new OsvSource().Read(realOsv, report), realOsv);
            Console.WriteLine(Inv($"import {realOsv}: {report.FilesRead} files, {result.Added} records, {report.Problems.Count} problems in {clock.Elapsed.TotalSeconds:0.00} s"));
        }

        using var fleet = SightlineStore.Open(fleetDatabase);
        var importClock = Stopwatch.StartNew();
        var synthetic = new OsvReadReport();
        var imported = fleet.ImportAdvisories(new OsvSource().Read(syntheticZip, synthetic), syntheticZip);
        Console.WriteLine(Inv($"import synthetic {syntheticZip}: {imported.Added + imported.Replaced + imported.Unchanged} records in {importClock.Elapsed.TotalSeconds:0.00} s"));

        for (var round = 0; round < 2; round++)
        {
            var match = new FleetMatcher(fleet).Match(FindingScope.All);
            Console.WriteLine(Inv($"match all ({fleet.AdvisoryCount()} advisories in store, {match.Advisories} indexed) against {match.Candidates} package nodes: {match.Findings} findings in {match.Elapsed.TotalSeconds:0.00} s (advisory index {match.LoadTime.TotalSeconds:0.00} s)"));
        }

        var busiest = fleet.QueryFindings(FindingScope.All).GroupBy(f => f.AdvisoryId).OrderByDescending(g => g.Count()).Select(g => (g.Key, Count: g.Count())).ToList();
        foreach (var (id, count) in new[] { busiest[0], busiest[busiest.Count / 2] })
        {
            var timings = new List<double>();
            for (var i = 0; i < 11; i++)
            {
                var clock = Stopwatch.StartNew();
                var advisories = fleet.FindAdvisories(id);
                new FindingReader(fleet).Read(fleet.QueryFindings(FindingScope.All, [.. advisories.Select(a => a.Id)]), maxPaths: 20);
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }

            timings.Sort();
            Console.WriteLine(Inv($"exposure {id} ({count} findings, every path up to 20 each): median {timings[timings.Count / 2]:0} ms (11 runs, in process)"));
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
