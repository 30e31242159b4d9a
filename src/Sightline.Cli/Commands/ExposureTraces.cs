using System.Globalization;
using Sightline.Cli.Output;
using Sightline.Core.Code;
using Sightline.Core.Findings;
using Spectre.Console;

namespace Sightline.Cli.Commands;

/// <summary>
/// The reachability part of `exposure`: the verdict cell, then, as govulncheck prints them, one block per
/// repository with a call: the shortest trace (its first and last frames; every frame with `--show traces`),
/// the other call sites, and test-only uses apart.
/// </summary>
internal static class ExposureTraces
{
    public static string VerdictCell(ReachabilityVerdict? verdict) => verdict?.Verdict switch
    {
        null => "[grey]-[/]",
        Verdict.Reachable => "[red bold]reachable[/]",
        Verdict.Called => "[red]called[/]",
        Verdict.Imported => "[yellow]imported[/]",
        Verdict.NotImported => "[green]not-imported[/]",
        _ => "[yellow]unknown[/]",
    };

    public static void Render(Renderer renderer, IReadOnlyList<Finding> findings, bool allFrames)
    {
        var shown = new HashSet<(string, string)>();
        foreach (var finding in findings.Where(f => f.Reachability is not null))
        {
            var verdict = finding.Reachability!;
            if (!shown.Add((finding.Repository, finding.AdvisoryId)) || verdict.Verdict is Verdict.NotImported && verdict.TestCallSites.Count == 0 && !verdict.Reason.Contains("internal library", StringComparison.Ordinal))
            {
                continue;
            }

            var unresolved = verdict.UnresolvedCalls > 0 ? string.Create(CultureInfo.InvariantCulture, $" [dim]({verdict.UnresolvedCalls} call site(s) in this repository could not be resolved)[/]") : string.Empty;
            renderer.Line($"[bold]{Markup.Escape(finding.Repository)}[/] {VerdictCell(verdict)}: {Markup.Escape(verdict.Reason)}{unresolved}");
            if (verdict.Trace.Count > 0)
            {
                var frames = allFrames || verdict.Trace.Count <= 2 ? verdict.Trace : [verdict.Trace[0], verdict.Trace[^1]];
                for (var i = 0; i < frames.Count; i++)
                {
                    if (!allFrames && i == 1 && verdict.Trace.Count > 2)
                    {
                        renderer.Line(string.Create(CultureInfo.InvariantCulture, $"      [dim]... {verdict.Trace.Count - 2} more frame(s); --show traces lists them[/]"));
                    }

                    var f = frames[i];
                    var where = f.Repository is null ? $"{f.File}:{f.Line}:{f.Column}" : $"[{f.Repository}] {f.File}:{f.Line}:{f.Column}";
                    renderer.Line(string.Create(CultureInfo.InvariantCulture, $"  #{(allFrames ? i : i == 0 ? 0 : verdict.Trace.Count - 1)}: {Markup.Escape(where)} {Markup.Escape(Short(f.Caller))} calls {Markup.Escape(f.Callee)}"));
                    if (f.Note is { } note && allFrames)
                    {
                        renderer.Line("      [dim]note: " + Markup.Escape(note) + "[/]");
                    }

                    if (f.Source is { Length: > 0 } source)
                    {
                        renderer.Line("      [dim]" + Markup.Escape(source) + "[/]");
                    }
                }
            }

            foreach (var site in verdict.Verdict == Verdict.Called ? verdict.CallSites : [])
            {
                renderer.Line(string.Create(CultureInfo.InvariantCulture, $"  {Markup.Escape($"{site.File}:{site.Line}:{site.Column}")} {Markup.Escape(Short(site.Caller ?? "?"))} calls {Markup.Escape(site.What)}"));
            }

            foreach (var import in verdict.Verdict == Verdict.Imported ? verdict.Imports : [])
            {
                renderer.Line(string.Create(CultureInfo.InvariantCulture, $"  {Markup.Escape($"{import.File}:{import.Line}:{import.Column}")} imports {Markup.Escape(import.What)}"));
            }

            foreach (var site in verdict.TestCallSites)
            {
                renderer.Line(string.Create(CultureInfo.InvariantCulture, $"  [grey]test only: {Markup.Escape($"{site.File}:{site.Line}:{site.Column}")} calls {Markup.Escape(site.What)}[/]"));
            }
        }
    }

    /// <summary>"src/routes/refunds.js#renderEmail" reads as "renderEmail"; C# ids stay whole.</summary>
    private static string Short(string id) => id.Contains('#', StringComparison.Ordinal) ? id[(id.IndexOf('#', StringComparison.Ordinal) + 1)..] : id;
}
