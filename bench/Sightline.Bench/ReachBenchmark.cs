using System.Diagnostics;
using System.Globalization;
using Sightline.Core.Code;
using Sightline.Core.Model;
using Sightline.Engine.Reachability;
using Sightline.Store;

namespace Sightline.Bench;

/// <summary>
/// Cross-repository reachability on a 1,000-repository fleet written straight into a store: 50 internal
/// libraries in 10 chains of 5 (the last of each chain logs through log4j), 950 services that depend on
/// a chain's head, half of them calling the function that reaches the logger, half one that does not.
/// Each repository has 40–100 functions. Times the verdicts an exposure query computes for all 1,000.
/// </summary>
internal static class ReachBenchmark
{
    private const int Chains = 10;
    private const int ChainLength = 5;
    private const int Services = 950;
    private static readonly string[] Symbols = ["org.apache.logging.log4j.Logger.info"];

    public static void Run()
    {
        var db = Path.Combine(Path.GetTempPath(), $"sightline-reach-{Environment.ProcessId}.db");
        using var store = SightlineStore.Open(db);
        var clock = Stopwatch.StartNew();
        for (var c = 0; c < Chains; c++)
        {
            for (var k = 0; k < ChainLength; k++)
            {
                var i = (c * ChainLength) + k;
                var next = k < ChainLength - 1 ? $"com.synth.lib{i + 1}.C.f0" : Symbols[0];
                var dependsOn = k < ChainLength - 1 ? $"com.synth:lib-{i + 1}" : "org.apache.logging.log4j:log4j-core";
                store.ReplaceRepository(Repository($"lib-{i}", $"com.synth:lib-{i}", [dependsOn], Library($"com.synth.lib{i}.C", next)));
            }
        }

        for (var s = 0; s < Services; s++)
        {
            var head = (s % Chains) * ChainLength;
            var target = s % 2 == 0 ? $"com.synth.lib{head}.C.f0" : $"com.synth.lib{head}.C.f39";
            store.ReplaceRepository(Repository($"svc-{s}", null, [$"com.synth:lib-{head}", "org.apache.logging.log4j:log4j-core"], Service($"com.synth.svc{s}.App", target)));
        }

        Console.WriteLine(Inv($"reach: wrote 1,000 repositories with code in {clock.Elapsed.TotalSeconds:0.0} s"));
        for (var run = 0; run < 3; run++)
        {
            clock.Restart();
            using var analyzer = new ReachabilityAnalyzer(store);
            var verdicts = store.ListRepositories().Select(r => analyzer.Evaluate(r.Name, Ecosystem.Maven, "org.apache.logging.log4j:log4j-core", Symbols)).ToList();
            Console.WriteLine(Inv($"  run {run}: {verdicts.Count} verdicts in {clock.Elapsed.TotalMilliseconds:0} ms: {verdicts.Count(v => v.Verdict == Verdict.Reachable)} reachable (longest trace {verdicts.Max(v => v.Trace.Count)} frames), {verdicts.Count(v => v.Verdict == Verdict.NotImported)} not reached"));
        }
    }

    private static RepositoryIndex Repository(string name, string? publishes, string[] dependsOn, FileAnalysis code)
    {
        var graph = new DependencyGraph(Ecosystem.Maven, "pom.xml", "pom.xml", publishes ?? name, "1.0");
        if (publishes is not null)
        {
            graph.Publishes.Add(new PublishedPackage(publishes, "1.0"));
        }

        foreach (var dependency in dependsOn)
        {
            graph.AddEdge(0, graph.AddNode(dependency, dependency.EndsWith("log4j-core", StringComparison.Ordinal) ? "2.14.1" : "1.0").Id);
        }

        return new RepositoryIndex(name, Path.GetTempPath(), "r", RevisionKind.Content, null, "sig", [graph], []) { Code = [new StoredCodeFile("java", 1, "h", code)] };
    }

    /// <summary>f0 calls the next library (or the logger); fJ calls f(J+1); f39 calls nothing of note.</summary>
    private static FileAnalysis Library(string type, string next) => new("src/main/java/C.java", "java")
    {
        Definitions = [.. Enumerable.Range(0, 40).Select(j => new CodeDefinition($"{type}.f{j}", $"f{j}", DefinitionKind.Method, j * 5, (j * 5) + 4) { Entry = EntryPointKind.PublicApi })],
        Calls = [.. Enumerable.Range(0, 40).SelectMany(j => j == 0
            ? new[] { new CodeCall($"{type}.f0", CallKind.External, next, next, 1, 5) }
            : j < 39 ? [new CodeCall($"{type}.f{j}", CallKind.Local, $"{type}.f{j + 1}", "f", j * 5, 5), new CodeCall($"{type}.f{j}", CallKind.External, "java.lang.String.trim", "trim", (j * 5) + 1, 5)] : [])],
        Lines = 200,
    };

    /// <summary>A handler that calls a helper chain of 99 functions, the last of which calls the library.</summary>
    private static FileAnalysis Service(string type, string target) => new("src/main/java/App.java", "java")
    {
        Definitions = [.. Enumerable.Range(0, 100).Select(j => new CodeDefinition($"{type}.m{j}", $"m{j}", DefinitionKind.Method, j * 3, (j * 3) + 2) { Entry = j == 0 ? EntryPointKind.HttpHandler : EntryPointKind.None })],
        Calls = [.. Enumerable.Range(0, 100).Select(j => j < 99
            ? new CodeCall($"{type}.m{j}", CallKind.Local, $"{type}.m{j + 1}", "m", j * 3, 5)
            : new CodeCall($"{type}.m99", CallKind.External, target, "lib", 297, 5))],
        Lines = 300,
    };

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
