using System.Globalization;
using Sightline.Cli.Output;
using Sightline.Engine.Remediation;
using Sightline.Remediation.Scheduling;
using Spectre.Console;

namespace Sightline.Cli.Commands;

internal static partial class PlanCommand
{
    private static void Render(Renderer renderer, RemediationPlan plan)
    {
        renderer.Line($"[bold]Remediation plan for {Markup.Escape(plan.AdvisoryId)}[/]");
        renderer.Line("[bold]Fix targets[/] (lowest version fixing every advisory that affects the version in use):");
        foreach (var t in plan.Targets)
        {
            var to = t.TargetVersion is { } v ? $"[green]{Markup.Escape(v)}[/]" : "[red]none known[/]";
            renderer.Line($"  {t.Ecosystem} {Markup.Escape(t.Package)} {Markup.Escape(t.CurrentVersion)} -> {to}{(t.TargetVersion is not null && !t.SameMajor ? " [yellow](major upgrade)[/]" : string.Empty)}  [dim]{Markup.Escape(t.Reason)}[/]");
        }

        RenderStrategy(renderer, plan.Releases, plan.Recommended == plan.Releases, plan.CiLimit);
        if (plan.Overrides is { } overrides)
        {
            RenderStrategy(renderer, overrides, plan.Recommended == overrides, plan.CiLimit);
            var gain = plan.Releases.Schedule.ProductionSafeAt - overrides.Schedule.ProductionSafeAt;
            renderer.Line(gain > TimeSpan.Zero
                ? $"[bold]Recommended: overrides[/] — production is safe {Time(gain)} sooner; the follow-up releases then let each consumer drop its override."
                : "[bold]Recommended: releases[/] — overrides would not make production safe any sooner, and leave nothing to undo.");
        }

        foreach (var problem in plan.Problems)
        {
            renderer.Line($"[yellow]problem[/] {Markup.Escape(problem)}");
        }
    }

    private static void RenderStrategy(Renderer renderer, PlanStrategy strategy, bool recommended, int? ciLimit)
    {
        var s = strategy.Schedule;
        renderer.Line(string.Empty);
        renderer.Line($"[bold]Strategy \"{strategy.Name}\"[/]{(recommended ? " [green](recommended)[/]" : string.Empty)}: {Markup.Escape(strategy.Summary)}");
        renderer.Line($"  production safe after [bold]{Time(s.ProductionSafeAt)}[/], whole fleet clean after [bold]{Time(s.CompletedAt)}[/]; " + Method(s, ciLimit));
        var steps = strategy.Steps.ToDictionary(x => x.Id);
        var table = new Table().Border(TableBorder.Simple).AddColumns("Wave", "Start", "End", "Repository", "Step", "");
        foreach (var a in s.Actions)
        {
            var step = steps[a.Id];
            var marks = string.Join(" ", new[]
            {
                s.CriticalPath.Contains(a.Id) ? "[red]critical[/]" : null,
                step.ProductionSafe ? "[bold]production[/]" : null,
                step.FollowUp ? "[grey]follow-up[/]" : null,
                step.Kind == StepKind.Pin ? "[yellow]override[/]" : null,
            }.Where(m => m is not null));
            table.AddRow((a.Wave + 1).ToString(CultureInfo.InvariantCulture), Time(a.Start), Time(a.End), Markup.Escape(step.Repository), Markup.Escape(step.Description), marks);
        }

        renderer.Write(table);
        renderer.Line("  critical path: " + Markup.Escape(string.Join(" -> ", s.CriticalPath.Select(id => steps.TryGetValue(id, out var x) ? $"{x.Kind.ToString().ToLowerInvariant()} {x.Repository}" : id))));
    }

    private static string Method(Schedule s, int? ciLimit) => s.Method switch
    {
        ScheduleMethod.CriticalPath => ciLimit is { } limit
            ? $"at most {limit} CI jobs at once never binds here: the critical path is exact"
            : "unlimited parallel CI: the critical path is exact",
        ScheduleMethod.CpSatOptimal => $"at most {ciLimit} CI jobs at once: CP-SAT proved this optimal",
        ScheduleMethod.CpSatFeasible => string.Create(CultureInfo.InvariantCulture, $"CI limit: CP-SAT stopped at its time limit; within {s.Gap:P0} of the bound ({Time(s.LowerBound)})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"CI limit: critical-path list schedule, within {s.Gap:P0} of the lower bound ({Time(s.LowerBound)})"),
    };

    internal static string Time(TimeSpan time) => PlanSummary.Time(time);
}
