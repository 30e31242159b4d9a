using System.Diagnostics;
using System.Globalization;
using Sightline.Remediation.Scheduling;

namespace Sightline.Bench;

/// <summary>
/// Scheduling a fleet-wide release: 50 internal libraries in five layers (each above layer 0 depends on 1-3
/// lower ones), 1,000 repositories consuming 1-3 libraries each; bump + build + publish per library, bump +
/// build + deploy per repository (60% of deploys make production safe) — 3,150 actions, fixed seed. Times
/// Scheduler.Solve unlimited, with 20 and 100 CI slots (list schedule) and, on a 100-action slice, CP-SAT and the
/// list schedule with 5 slots.
/// </summary>
internal static class PlanBenchmark
{
    private const int Libraries = 50;
    private const int Layers = 5;

    public static void Run(int repositories)
    {
        var actions = Fleet(new Random(8_000_001), repositories);
        Console.WriteLine(Inv($"schedule: {Libraries} libraries, {repositories} repositories, {actions.Count} actions ({actions.Count(a => a.ProductionSafe)} production deploys)"));

        Measure("unlimited", new ScheduleRequest(actions));
        Measure("limit 20", new ScheduleRequest(actions, 20));
        Measure("limit 100", new ScheduleRequest(actions, 100));

        var slice = Slice(actions, 100);
        Measure("100-action slice, limit 5, CP-SAT", new ScheduleRequest(slice, 5));
        Measure("100-action slice, limit 5, list", new ScheduleRequest(slice, 5) { ExactLimit = 0 });

        var clock = Stopwatch.StartNew();
        var schedule = Scheduler.Solve(new ScheduleRequest(actions));
        var chart = GanttChart.Mermaid(schedule, "fleet", section: id => id[..id.IndexOf('/', StringComparison.Ordinal)]);
        Console.WriteLine(Inv($"  unlimited + Mermaid chart ({chart.Length / 1024} KiB): {clock.Elapsed.TotalMilliseconds:0.0} ms"));
    }

    private static void Measure(string name, ScheduleRequest request)
    {
        for (var run = 0; run < 2; run++)
        {
            var clock = Stopwatch.StartNew();
            var schedule = Scheduler.Solve(request);
            var elapsed = clock.Elapsed;
            Console.WriteLine(Inv(
                $"  {name} ({(run == 0 ? "cold" : "warm")}): {elapsed.TotalMilliseconds,8:0.0} ms  {schedule.Method,-13}  production safe {Minutes(schedule.ProductionSafeAt),5}  makespan {Minutes(schedule.CompletedAt),5}  bound {Minutes(schedule.LowerBound),5}  gap {schedule.Gap:P1}  waves {schedule.Waves.Count}  critical path {schedule.CriticalPath.Count}  problems {schedule.Problems.Count}"));
        }
    }

    private static List<PlannedAction> Fleet(Random random, int repositories)
    {
        var actions = new List<PlannedAction>();
        for (var lib = 0; lib < Libraries; lib++)
        {
            var layer = lib / (Libraries / Layers);
            var deps = layer == 0
                ? []
                : Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(layer * (Libraries / Layers))).Distinct().Select(d => Inv($"lib{d:00}/publish")).ToArray();
            AddSteps(actions, Inv($"lib{lib:00}"), deps, random.Next(5, 16), "publish", random.Next(1, 4), production: false);
        }

        for (var repo = 0; repo < repositories; repo++)
        {
            var consumed = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(Libraries)).Distinct().Select(d => Inv($"lib{d:00}/publish")).ToArray();
            AddSteps(actions, Inv($"repo{repo:0000}"), consumed, random.Next(5, 21), "deploy", random.Next(3, 11), production: random.NextDouble() < 0.6);
        }

        return actions;
    }

    private static void AddSteps(List<PlannedAction> actions, string name, string[] after, int build, string last, int lastMinutes, bool production)
    {
        actions.Add(new PlannedAction($"{name}/bump", TimeSpan.FromMinutes(2), after));
        actions.Add(new PlannedAction($"{name}/build", TimeSpan.FromMinutes(build), [$"{name}/bump"]));
        actions.Add(new PlannedAction($"{name}/{last}", TimeSpan.FromMinutes(lastMinutes), [$"{name}/build"], ProductionSafe: production));
    }

    /// <summary>Layer-0 libraries and the first repositories that consume only them, cut at <paramref name="count"/> actions.</summary>
    private static List<PlannedAction> Slice(List<PlannedAction> actions, int count)
    {
        var layerZero = actions.Take(3 * Libraries / Layers);
        var repositories = actions.Skip(3 * Libraries).Chunk(3)
            .Where(steps => steps[0].After.All(p => p.StartsWith("lib0", StringComparison.Ordinal)))
            .SelectMany(steps => steps);
        return [.. layerZero.Concat(repositories).Take(count)];
    }

    private static string Minutes(TimeSpan time) => Inv($"{time.TotalMinutes:0}m");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
