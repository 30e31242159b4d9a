using System.Diagnostics;
using System.Globalization;
using Sightline.Core.Repositories;
using Sightline.Ecosystems;
using Sightline.Engine.Indexing;
using Sightline.Fleet.Git;
using Sightline.Store;

namespace Sightline.Bench;

/// <summary>
/// The whole real corpus (../shared/data/lockfiles, every ecosystem, each ecosystem/project folder one
/// repository) indexed into a fresh SQLite database; then, per project, the distinct packages and edges
/// found, for the side-by-side with cdxgen (bench/peers/cdxgen-corpus.sh).
/// </summary>
internal static class CorpusBenchmark
{
    public static async Task RunAsync(string corpus, string? database, string? tsv)
    {
        var projects = Directory.GetDirectories(corpus).OrderBy(d => d, StringComparer.Ordinal)
            .SelectMany(eco => Directory.GetDirectories(eco).OrderBy(d => d, StringComparer.Ordinal)).ToList();
        var db = database ?? Path.Combine(Path.GetTempPath(), $"sightline-corpus-{Environment.ProcessId}.db");
        foreach (var file in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(file);
        }

        using (var store = SightlineStore.Open(db))
        {
            var clock = Stopwatch.StartNew();
            var report = await new FleetIndexer(store, Extractors.All, new GitCli()).IndexAsync(projects, new IndexOptions());
            var elapsed = clock.Elapsed;
            Console.WriteLine(Inv($"index {corpus}: {report.Repositories.Count} repositories ({report.Indexed} indexed, {report.Failed} failed, {report.ProblemCount} problems), {report.Repositories.Sum(r => r.Manifests)} manifests, {report.Repositories.Sum(r => (long)r.Packages)} package nodes, {report.BytesParsed / 1e6:0.0} MB"));
            Console.WriteLine(Inv($"  total {elapsed.TotalSeconds:0.00} s; extraction {report.ExtractTime.TotalSeconds:0.00} s summed over workers, store writes {report.StoreTime.TotalSeconds:0.00} s"));
            Console.WriteLine(Inv($"  peak memory (working set) {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
            foreach (var problem in report.Repositories.SelectMany(r => r.Problems.Select(p => $"{r.Name}: {p}")).Take(20))
            {
                Console.WriteLine("  problem: " + problem);
            }
        }

        var lines = new List<string> { "ecosystem\tproject\tseconds\tpackages\tedges\tunresolved" };
        foreach (var project in projects)
        {
            var clock = Stopwatch.StartNew();
            var result = RepositoryExtraction.Run(new FileSystemRepository(project), Extractors.All, CancellationToken.None);
            var seconds = clock.Elapsed.TotalSeconds;
            var packages = new HashSet<string>(StringComparer.Ordinal);
            var edges = new HashSet<(string, string)>();
            foreach (var graph in result.Graphs)
            {
                packages.UnionWith(graph.Nodes.Skip(1).Select(n => n.Purl));
                edges.UnionWith(graph.Edges.Select(e => (graph.Nodes[e.From].Purl, graph.Nodes[e.To].Purl)));
            }

            var eco = Path.GetFileName(Path.GetDirectoryName(project))!;
            lines.Add(Inv($"{eco}\t{Path.GetFileName(project)}\t{seconds:0.000}\t{packages.Count}\t{edges.Count}\t{result.Graphs.Sum(g => g.Unresolved.Count)}"));
        }

        if (tsv is not null)
        {
            File.WriteAllLines(tsv, lines);
            Console.WriteLine($"  per project: {tsv}");
        }
        else
        {
            lines.ForEach(Console.WriteLine);
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
