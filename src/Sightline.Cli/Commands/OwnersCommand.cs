using System.CommandLine;
using Sightline.Cli.Output;
using Sightline.Engine.Context;
using Spectre.Console;

namespace Sightline.Cli.Commands;

/// <summary>`sightline owners &lt;repo&gt; [path]`: who owns a file and why — the CODEOWNERS rule that won, the catalog owner, the services.</summary>
internal static class OwnersCommand
{
    public static Command Create(CommandContext context)
    {
        var repository = new Argument<string>("repository") { Description = "An indexed repository (see `sightline repos`)" };
        var path = new Argument<string?>("path") { Description = "A file or folder in it, relative to its root (need not exist)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("owners", "Who owns a repository or a path in it, and which CODEOWNERS rule, catalog entry or sightline.yaml says so")
        {
            repository, path,
        };
        command.SetAction(parse =>
        {
            using var renderer = context.CreateRenderer(parse);
            using var store = CommandContext.OpenStore(parse);
            var fleet = FleetContext.Load(store);
            var name = parse.GetValue(repository)!;
            if (!fleet.Knows(name))
            {
                throw new UsageException($"unknown repository '{name}' (see `sightline repos`)");
            }

            var asked = parse.GetValue(path)?.Replace('\\', '/').TrimStart('/');
            var explanation = fleet.Explain(name, asked);
            var services = fleet.ServicesOf(name);
            if (renderer.IsJson)
            {
                renderer.Json(new
                {
                    explanation.Repository,
                    explanation.Path,
                    CodeOwners = explanation.CodeOwners is { } file ? new { file.Path, Flavor = file.Flavor.ToString(), Rules = file.Rules.Count, file.Problems } : null,
                    Matched = explanation.Match?.Rules,
                    explanation.Components,
                    explanation.Owners,
                    Services = services,
                });
                return ExitCodes.Ok;
            }

            Render(renderer, explanation, services);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(Renderer renderer, OwnershipExplanation explanation, IReadOnlyList<Service> services)
    {
        renderer.Line($"[bold]Owners of {Markup.Escape(explanation.Repository)}{(explanation.Path is { } p ? " " + Markup.Escape(p) : string.Empty)}[/]");
        if (explanation.CodeOwners is not { } file)
        {
            renderer.Line("CODEOWNERS: none found (looked in .github/, the root, docs/ and .gitlab/)");
        }
        else
        {
            var semantics = file.Flavor == Fleet.Ownership.CodeOwnersFlavor.GitLab ? "GitLab: last match wins in each section, sections add up" : "GitHub: the last matching rule wins";
            renderer.Line($"CODEOWNERS: {Markup.Escape(file.Path)} ({semantics}), {file.Rules.Count} rule(s)" + (file.Problems.Count > 0 ? $", [yellow]{file.Problems.Count} problem(s)[/]" : string.Empty));
            foreach (var problem in file.Problems.Take(10))
            {
                renderer.Line($"  [yellow]line {problem.Line}[/]: {Markup.Escape(problem.Message)}");
            }

            if (explanation.Match is { } match)
            {
                if (match.Rules.Count == 0)
                {
                    renderer.Line("  no rule matches this path");
                }

                foreach (var rule in match.Rules)
                {
                    var owners = rule.Owners.Count == 0 ? "[yellow]no owners (explicitly unowned)[/]" : Markup.Escape(string.Join(" ", rule.Owners));
                    renderer.Line($"  matched line {rule.Line}{(rule.Section is { } s ? $" in section [[{Markup.Escape(s)}]]" + (rule.OptionalSection ? " (optional)" : string.Empty) : string.Empty)}: " +
                        $"[bold]{Markup.Escape(rule.Pattern)}[/] -> {owners}");
                }
            }
        }

        renderer.Line(explanation.Components.Count == 0 ? "Catalog: no Backstage component" : "Catalog: component(s) " + Markup.Escape(string.Join(", ", explanation.Components)));
        renderer.Line("[bold]Owners[/], in order:" + (explanation.Owners.Count == 0 ? " [yellow]nobody[/]" : string.Empty));
        foreach (var owner in explanation.Owners)
        {
            renderer.Line($"  {Markup.Escape(owner.Name)}  [dim]{Markup.Escape(owner.Source)}[/]");
        }

        renderer.Line("[bold]Services[/] built from it:" + (services.Count == 0 ? " none known" : string.Empty));
        foreach (var service in services)
        {
            var environments = service.Environments.Count == 0 ? "no known environment"
                : string.Join(", ", service.Environments.Select(e => (e.Production ? $"[red bold]{Markup.Escape(e.Name)}[/]" : Markup.Escape(e.Name)) + $" [dim]({Markup.Escape(e.Source)})[/]"));
            renderer.Line($"  {Markup.Escape(service.Name)}: {environments}");
        }
    }
}
