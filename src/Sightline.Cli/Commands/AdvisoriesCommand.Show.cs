using System.CommandLine;
using Sightline.Core.Advisories;
using Spectre.Console;

namespace Sightline.Cli.Commands;

internal static partial class AdvisoriesCommand
{
    private static Command CreateShow(CommandContext context)
    {
        var id = new Argument<string>("id") { Description = "Advisory id or alias: GHSA-..., CVE-..., GO-..., PYSEC-..." };
        var command = new Command("show", "Show an imported advisory: aliases, summary, affected packages and ranges, severity, references") { id };
        command.SetAction(parse =>
        {
            var asked = parse.GetValue(id)!;
            using var store = CommandContext.OpenStore(parse);
            var found = store.FindAdvisories(asked);
            if (found.Count == 0)
            {
                throw new UsageException($"unknown advisory '{asked}': no imported advisory has this id or alias (import with `sightline advisories import`)");
            }

            using var renderer = context.CreateRenderer(parse);
            if (renderer.IsJson)
            {
                renderer.Json(found);
                return ExitCodes.Ok;
            }

            foreach (var advisory in found)
            {
                Show(renderer, advisory);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Show(Output.Renderer renderer, Advisory a)
    {
        renderer.Line($"[bold]{Markup.Escape(a.Id)}[/]{(a.Withdrawn is { } w ? $" [red](withdrawn {w:yyyy-MM-dd})[/]" : string.Empty)}");
        Field(renderer, "Aliases", string.Join(", ", a.Aliases));
        Field(renderer, "Summary", a.Summary);
        Field(renderer, "Published", a.Published?.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
        Field(renderer, "Modified", a.Modified?.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var s in a.Severity)
        {
            Field(renderer, "Severity", $"{s.Type} {s.Score}");
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("Ecosystem", "Package", "Ranges", "Versions listed");
        foreach (var p in a.Affected)
        {
            var ranges = string.Join("; ", p.Ranges.Select(r => (r.TypeName ?? r.Type.ToString().ToUpperInvariant()) + ": "
                + string.Join(", ", r.Events.Select(e => $"{e.Kind switch { RangeEventKind.LastAffected => "last_affected", var k => k.ToString().ToLowerInvariant() }} {e.Version}"))));
            var ecosystem = p.EcosystemName + (p.Ecosystem is null ? " (unsupported)" : string.Empty);
            table.AddRow(Markup.Escape(ecosystem), Markup.Escape(p.Name), Markup.Escape(ranges), N(p.Versions.Count));
        }

        renderer.Write(table);
        foreach (var r in a.References)
        {
            Field(renderer, r.Type, r.Url);
        }

        renderer.Line(string.Empty);
    }

    private static void Field(Output.Renderer renderer, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            renderer.Line($"  [grey]{Markup.Escape(name)}:[/] {Markup.Escape(value)}");
        }
    }
}
