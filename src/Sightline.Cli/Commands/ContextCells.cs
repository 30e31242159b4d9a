using Sightline.Core.Findings;
using Spectre.Console;

namespace Sightline.Cli.Commands;

/// <summary>Table cells for services, environments and owners: production in bold red, first.</summary>
internal static class ContextCells
{
    public static string RunsInAndOwners(FindingContext? context)
    {
        if (context is null)
        {
            return "[grey]-[/]";
        }

        var lines = context.Services.Select(s => Markup.Escape(s.Name) + ": " + (s.Environments.Count == 0 ? "[grey]no known environment[/]"
            : string.Join(", ", s.Environments.Select(e => e.Production ? $"[red bold]{Markup.Escape(e.Name)}[/]" : Markup.Escape(e.Name))))).ToList();
        if (context.Services.Count == 0)
        {
            lines.Add("[grey]not deployed[/]");
        }

        lines.Add(context.Owners.Count == 0 ? "[yellow]no owner[/]" : "owner " + Markup.Escape(string.Join(", ", context.Owners.Select(o => o.Name))));
        return string.Join("\n", lines);
    }
}
