using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Sightline.Cli.Commands;

/// <summary>`sightline fixes show &lt;ID&gt;` and `sightline fixes verify`: the fix record's timeline and its hash chain.</summary>
internal static class FixesCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("fixes", "The fix record: every step of every fix, append-only and hash-chained");
        var id = new Argument<string>("id") { Description = "Advisory id or any alias" };
        var show = new Command("show", "The timeline of a fix, repository by repository: planned, branch, commit, verified...") { id };
        show.SetAction(parse =>
        {
            using var renderer = context.CreateRenderer(parse);
            using var store = CommandContext.OpenStore(parse);
            var asked = parse.GetValue(id)!;
            var known = store.FindAdvisories(asked);
            var events = (known.Count > 0 ? known.Select(a => a.Id) : [asked]).SelectMany(store.LoadFixEvents).OrderBy(e => e.Sequence).ToList();
            if (renderer.IsJson)
            {
                renderer.Json(events);
                return ExitCodes.Ok;
            }

            renderer.Line($"[bold]Fix record for {Markup.Escape(asked)}[/]: {events.Count} event(s)");
            foreach (var repository in events.GroupBy(e => e.Repository).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var state = repository.Last(e => e.Step != Store.FixSteps.Planned || repository.All(x => x.Step == Store.FixSteps.Planned)).Step;
                renderer.Line($"\n[bold]{Markup.Escape(repository.Key)}[/] — {Markup.Escape(state)}");
                foreach (var e in repository)
                {
                    renderer.Line($"  #{e.Sequence} {e.At.ToString("u", CultureInfo.InvariantCulture)} [bold]{Markup.Escape(e.Step)}[/] by {Markup.Escape(e.Actor)}"
                        + (e.PlanStep is { } step ? $" [dim]{Markup.Escape(step)}[/]" : string.Empty) + $"\n      {Markup.Escape(e.Evidence)}");
                }
            }

            return ExitCodes.Ok;
        });
        var verify = new Command("verify", "Recompute the hash chain: exit 1 and name the first event that was changed or removed");
        verify.SetAction(parse =>
        {
            using var renderer = context.CreateRenderer(parse);
            using var store = CommandContext.OpenStore(parse);
            var result = store.VerifyFixRecord();
            var all = store.LoadFixEvents();
            var head = all.Count > 0 ? all[^1].Hash : null;
            if (renderer.IsJson)
            {
                renderer.Json(new { result.Intact, result.Events, result.FirstBadSequence, result.Problem, Head = head });
            }
            else
            {
                renderer.Line(result.Intact
                    ? $"[green]intact[/]: {result.Events} event(s); head {head ?? "(empty)"} — keep it elsewhere to detect a truncated tail"
                    : $"[red]tampered[/]: {Markup.Escape(result.Problem!)}");
            }

            return result.Intact ? ExitCodes.Ok : ExitCodes.Findings;
        });
        command.Subcommands.Add(show);
        command.Subcommands.Add(verify);
        return command;
    }
}
