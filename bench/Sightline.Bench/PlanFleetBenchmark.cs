using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sightline.Advisories.Osv;
using Sightline.Core.Model;
using Sightline.Engine.Context;
using Sightline.Engine.Matching;
using Sightline.Engine.Remediation;
using Sightline.Fleet.Config;
using Sightline.Store;
using Sightline.Store.Findings;

namespace Sightline.Bench;

/// <summary>
/// The whole plan for Log4Shell on a 1,000-repository fleet written straight into a store: 50 internal
/// libraries in 5 layers of 10 (each on one library of the next layer, the last layer on log4j-core
/// 2.14.1), 950 services each on 1–3 libraries of the first two layers (full transitive graphs, as
/// lockfiles give), 60% of them in production. Times reading the findings and building and scheduling
/// both strategies, unlimited and with 20 CI jobs.
/// </summary>
internal static class PlanFleetBenchmark
{
    private const int Layers = 5;
    private const int PerLayer = 10;
    private const int Services = 950;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task RunAsync(string osvFolder)
    {
        var db = Path.Combine(Path.GetTempPath(), $"sightline-plan-{Environment.ProcessId}.db");
        using var store = SightlineStore.Open(db);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Layers * PerLayer; i++)
        {
            store.ReplaceRepository(Index($"lib-{i}", $"com.synth:lib-{i}", [i]));
        }

        var random = new Random(7);
        for (var s = 0; s < Services; s++)
        {
            var libraries = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(0, 2 * PerLayer)).Distinct().ToArray();
            store.ReplaceRepository(Index($"svc-{s}", null, libraries));
        }

        var file = Path.Combine(osvFolder, "ghsa", "advisories", "github-reviewed", "2021", "12", "GHSA-jfh8-c2jp-5v3q", "GHSA-jfh8-c2jp-5v3q.json");
        using (var stream = File.OpenRead(file))
        {
            store.ImportAdvisories([OsvParser.Parse(stream, Path.GetFileName(file))], "bench");
        }

        var match = new FleetMatcher(store).Match(FindingScope.All);
        Console.WriteLine(Inv($"plan: wrote 1,000 repositories and matched Log4Shell ({match.New.Count} findings) in {clock.Elapsed.TotalSeconds:0.0} s"));
        var fleet = FleetContext.From([.. store.ListRepositories().Select(r => r.Name)], [Config()]);
        foreach (var limit in new int?[] { null, 20, null, 20 })
        {
            clock.Restart();
            var advisory = store.FindAdvisories("GHSA-jfh8-c2jp-5v3q")[0];
            var findings = new FindingReader(store).With(advisory).Read(store.QueryFindings(FindingScope.All, [advisory.Id]), 5);
            var read = clock.Elapsed;
            var plan = await new PlanBuilder(store, fleet, new PlanDurations()).BuildAsync(advisory, findings, [], limit);
            var releases = plan.Releases.Schedule;
            Console.WriteLine(Inv($"  ci-limit {(limit is { } l ? l.ToString(CultureInfo.InvariantCulture) : "none")}: {findings.Count} findings read in {read.TotalMilliseconds:0} ms; plan in {(clock.Elapsed - read).TotalMilliseconds:0} ms; total {clock.Elapsed.TotalMilliseconds:0} ms"));
            Console.WriteLine(Inv($"    releases: {plan.Releases.Steps.Count} steps, {releases.Method}, production safe {releases.ProductionSafeAt}, clean {releases.CompletedAt}, gap {releases.Gap:P1}"));
            if (plan.Overrides is { } overrides)
            {
                Console.WriteLine(Inv($"    overrides: {overrides.Steps.Count} steps, {overrides.Schedule.Method}, production safe {overrides.Schedule.ProductionSafeAt}, clean {overrides.Schedule.CompletedAt}, gap {overrides.Schedule.Gap:P1}"));
            }
        }

        store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(db);
    }

    /// <summary>A repository on the given libraries, each with its chain down the layers to log4j-core.</summary>
    private static RepositoryIndex Index(string name, string? publishes, int[] libraries)
    {
        var graph = new DependencyGraph(Ecosystem.Maven, "pom.xml", "pom.xml", publishes ?? "com.synth:" + name, "1.0");
        if (publishes is not null)
        {
            graph.Publishes.Add(new PublishedPackage(publishes, "1.0"));
        }

        var nodes = new Dictionary<string, int>();
        int Node(string package, string version) => nodes.TryGetValue(package, out var id) ? id : nodes[package] = graph.AddNode(package, version).Id;
        foreach (var start in libraries)
        {
            var parent = 0;
            // A library's own graph starts below itself.
            for (var i = publishes is null ? start : start + PerLayer; i < Layers * PerLayer; i += PerLayer)
            {
                var child = Node($"com.synth:lib-{i}", "1.0");
                graph.AddEdge(parent, child);
                parent = child;
            }

            graph.AddEdge(parent, Node("org.apache.logging.log4j:log4j-core", "2.14.1"));
        }

        graph.PropagateScopesFromRoot();
        return new RepositoryIndex(name, Path.GetTempPath(), "r", RevisionKind.Content, null, "sig", [graph], []);
    }

    /// <summary>sightline.yaml naming 60% of the services as running in production.</summary>
    private static StoredContextFact Config()
    {
        var services = Enumerable.Range(0, Services).Where(s => s % 5 < 3)
            .Select(s => new ConfiguredService($"svc-{s}", $"svc-{s}", [], ["production"], null)).ToList();
        var config = SightlineConfig.Empty with { Services = services };
        return new StoredContextFact("svc-0", "config", "sightline.yaml", JsonSerializer.Serialize(config, Web));
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
