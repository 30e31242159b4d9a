using System.CommandLine;
using System.Globalization;
using Sightline.Cli.Output;
using Spectre.Console;

namespace Sightline.Cli.Commands;

internal static class ReposCommand
{
    public static Command Create(CommandContext context)
    {
        var problems = new Option<bool>("--problems") { Description = "List the files that could not be used at the last index" };
        var command = new Command("repos", "The indexed repositories: revision, manifests, packages, problems") { problems };
        command.SetAction(parse =>
        {
            using var store = CommandContext.OpenStore(parse);
            var repositories = store.ListRepositories();
            var problemList = parse.GetValue(problems) ? store.ListProblems() : [];
            using var renderer = context.CreateRenderer(parse);
            if (renderer.IsJson)
            {
                renderer.Json(new { Repositories = repositories, Problems = problemList });
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumns("Repository", "Revision", "Branch", "Manifests", "Packages", "Problems", "Indexed at");
            foreach (var r in repositories)
            {
                table.AddRow(Markup.Escape(r.Name), Markup.Escape(r.Revision), Markup.Escape(r.Branch ?? "-"), N(r.ManifestCount), N(r.PackageCount), N(r.ProblemCount), Markup.Escape(r.IndexedAt));
            }

            renderer.Write(table);
            foreach (var p in problemList)
            {
                renderer.Line(Markup.Escape($"[{p.Repository}] {p.File}{(p.Line is { } l ? ":" + N(l) : string.Empty)}: {p.Message}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
