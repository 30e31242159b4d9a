using System.Diagnostics;
using System.Globalization;
using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Engine.Reachability;

namespace Sightline.Bench;

/// <summary>
/// Source analysers on a folder taken as one repository: every matching file analysed, three passes (the
/// first pays JIT and metadata loading), lines per second of the best pass. Each Analyse call runs on one
/// thread, so the figure is per core.
/// </summary>
internal static class AnalyseBenchmark
{
    public static void Run(string folder)
    {
        // node_modules is analysed when it is what was asked for (a corpus of installed packages).
        var options = new RepositoryScanOptions { ExcludedFolders = new HashSet<string>(StringComparer.Ordinal) { ".git" } };
        var repository = new FileSystemRepository(folder, options);
        foreach (var analyser in Analysers.All)
        {
            var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), analyser.FilePatterns)).ToList();
            if (files.Count == 0)
            {
                continue;
            }

            var best = double.MaxValue;
            long lines = 0;
            int analysed = 0, skipped = 0, calls = 0, unresolved = 0;
            for (var pass = 0; pass < 3; pass++)
            {
                var clock = Stopwatch.StartNew();
                var results = analyser.Analyse(repository, files, files, CancellationToken.None);
                var seconds = clock.Elapsed.TotalSeconds;
                lines = results.Sum(r => (long)r.Lines);
                analysed = results.Count(r => r.Skipped is null);
                skipped = results.Count(r => r.Skipped is not null);
                calls = results.Sum(r => r.Calls.Count);
                unresolved = results.Sum(r => r.Calls.Count(c => c.Kind == Core.Code.CallKind.Unresolved));
                Console.WriteLine(Inv($"  {analyser.Id} pass {pass}: {seconds:0.00} s, {lines / seconds:0} lines/s"));
                best = Math.Min(best, seconds);
            }

            Console.WriteLine(Inv($"{analyser.Id} on {folder}: {analysed} files ({skipped} skipped), {lines} lines, {calls} calls ({unresolved} unresolved); best {best:0.00} s = {lines / best:0} lines/s on one core"));
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
