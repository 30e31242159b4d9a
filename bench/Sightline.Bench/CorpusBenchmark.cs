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
            // Each ecosystem/project folder is one repository, whatever its layout (Homebrew keeps its Gemfile
            // in Library/Homebrew): indexed as --as-repo would, several at a time, into one store.
            var indexer = new FleetIndexer(store, Extractors.All, new GitCli());
            var reports = new RepositoryReport[projects.Count];
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, projects.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, ct) =>
            {
                var name = Path.GetFileName(Path.GetDirectoryName(projects[i])) + "/" + Path.GetFileName(projects[i]);
                var one = await indexer.IndexAsync([projects[i]], new IndexOptions { AsRepository = name, Parallelism = 1 }, null, ct);
                reports[i] = one.Repositories.Single();
            });
            var elapsed = clock.Elapsed;
            var report = new IndexReport(reports, [], elapsed);
            Console.WriteLine(Inv($"index {corpus}: {report.Repositories.Count} repositories ({report.Indexed} indexed, {report.Failed} failed, {report.ProblemCount} problems), {report.Repositories.Sum(r => r.Manifests)} manifests, {report.Repositories.Sum(r => (long)r.Packages)} package nodes, {report.BytesParsed / 1e6:0.0} MB"));
            Console.WriteLine(Inv($"  total {elapsed.TotalSeconds:0.00} s on {Environment.ProcessorCount} cores"));
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
            var eco = Path.GetFileName(Path.GetDirectoryName(project))!;
            // A project folder may hold other ecosystems' files too (rails has a yarn.lock); cdxgen -t counts one.
            foreach (var graph in result.Graphs.Where(g => g.Ecosystem == EcosystemOf(eco)))
            {
                packages.UnionWith(graph.Nodes.Skip(1).Select(n => n.Purl));
                edges.UnionWith(graph.Edges.Select(e => (graph.Nodes[e.From].Purl, graph.Nodes[e.To].Purl)));
            }

            var unresolved = result.Graphs.Where(g => g.Ecosystem == EcosystemOf(eco)).SelectMany(g => g.Unresolved).Select(u => u.Name).Where(n => n != "*").Distinct().Count();
            lines.Add(Inv($"{eco}\t{Path.GetFileName(project)}\t{seconds:0.000}\t{packages.Count}\t{edges.Count}\t{unresolved}"));
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

    private static Core.Model.Ecosystem EcosystemOf(string folder) => folder switch
    {
        "maven" or "gradle" => Core.Model.Ecosystem.Maven,
        "go" => Core.Model.Ecosystem.Go,
        "pypi" => Core.Model.Ecosystem.PyPI,
        "cargo" => Core.Model.Ecosystem.Cargo,
        "rubygems" => Core.Model.Ecosystem.RubyGems,
        "composer" => Core.Model.Ecosystem.Packagist,
        "nuget" => Core.Model.Ecosystem.NuGet,
        _ => Core.Model.Ecosystem.Npm,
    };

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
