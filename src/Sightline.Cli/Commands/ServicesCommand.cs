using System.CommandLine;
using Sightline.Engine.Context;
using Spectre.Console;

namespace Sightline.Cli.Commands;

/// <summary>`sightline services`: every deployable the fleet knows, the repository it is built from, where it runs.</summary>
internal static class ServicesCommand
{
    public static Command Create(CommandContext context)
    {
        var env = new Option<string?>("--env") { Description = "Only services running in this environment (production: any production one)", HelpName = "name" };
        var command = new Command("services", "Services (from Kubernetes, Helm, Kustomize, the Backstage catalog and sightline.yaml), the repository each is built from, and the environments it runs in")
        {
            env,
        };
        command.SetAction(parse =>
        {
            using var renderer = context.CreateRenderer(parse);
            using var store = CommandContext.OpenStore(parse);
            var fleet = FleetContext.Load(store);
            var wanted = parse.GetValue(env);
            var services = fleet.Services.Where(s => wanted is null || s.Environments.Any(e => fleet.EnvironmentMatches(wanted, e.Name, e.Production))).ToList();
            if (renderer.IsJson)
            {
                renderer.Json(new { fleet.ProductionNames, Services = services, fleet.Notes });
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumns("Service", "Repository", "Environments", "Images", "Declared in");
            foreach (var s in services)
            {
                table.AddRow(Markup.Escape(s.Name), Markup.Escape(s.Repository),
                    s.Environments.Count == 0 ? "[grey]unknown[/]" : string.Join(", ", s.Environments.Select(e => e.Production ? $"[red bold]{Markup.Escape(e.Name)}[/]" : Markup.Escape(e.Name))),
                    Markup.Escape(string.Join("\n", s.Images)), Markup.Escape(string.Join("\n", s.Sources)));
            }

            renderer.Write(table);
            renderer.Line($"{services.Count} service(s); production is: {Markup.Escape(string.Join(", ", fleet.ProductionNames))}.");
            foreach (var note in fleet.Notes)
            {
                renderer.Line($"[yellow]note[/] {Markup.Escape(note.Repository)}:{Markup.Escape(note.Path)}: {Markup.Escape(note.Message)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
