using System.CommandLine;
using System.Globalization;
using Sightline.Cli.Output;
using Sightline.Core.Model;
using Sightline.Engine.Internal;
using Sightline.Store;
using Spectre.Console;

namespace Sightline.Cli.Commands;

internal static partial class DepsCommand
{
    public static Command Create(CommandContext context) =>
        new("deps", "Query the dependency inventory: who uses a package, why a repository has it, its whole tree")
        {
            WhoUses(context),
            Why(context),
            Tree(context),
        };

    private static Command WhoUses(CommandContext context)
    {
        var package = PackageArguments.Package();
        var ecosystem = PackageArguments.Ecosystem();
        var directOnly = new Option<bool>("--direct-only") { Description = "Only repositories that declare the package themselves" };
        var command = new Command("who-uses", "Every repository that depends on a package: version, direct or transitive, scope, and the chain that brings it in")
        {
            package, ecosystem, directOnly,
        };
        command.SetAction(parse =>
        {
            var query = PackageArguments.Parse(parse.GetValue(package)!, parse.GetValue(ecosystem));
            using var store = CommandContext.OpenStore(parse);
            var uses = InternalUses.Expand(store, store.WhoUses(query)).Where(u => !parse.GetValue(directOnly) || u.Direct).ToList();
            var internalPackages = store.LoadInternalPackages();
            var producers = ProducersOf(internalPackages, query);
            using var renderer = context.CreateRenderer(parse);
            if (renderer.IsJson)
            {
                renderer.Json(new { Query = query, ProducedBy = producers, Uses = uses });
                return ExitCodes.Ok;
            }

            foreach (var producer in producers)
            {
                renderer.Line($"[bold]Internal package[/]: built by {Markup.Escape(producer.Repository)} ({Markup.Escape(producer.Manifest)}{Markup.Escape(producer.Version is null ? string.Empty : ", version " + producer.Version)})");
            }

            if (uses.Count == 0)
            {
                renderer.Line($"No indexed repository depends on {Markup.Escape(Describe(query))}.");
                Suggest(renderer, store, query);
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("Repository", "Manifest", "Package", "Version", "Dependency", "Scope", "Path (direct dependency first)");
            foreach (var use in uses)
            {
                var path = string.Join(" > ", use.Path.Select(label => Enum.TryParse<Ecosystem>(use.Ecosystem, out var eco) ? internalPackages.Annotate(use.Repository, eco, label) : label));
                table.AddRow(Markup.Escape(use.Repository), Markup.Escape(use.Manifest), Markup.Escape(use.Name), Markup.Escape(use.Version ?? "unpinned"),
                    use.Unresolved is not null ? "[yellow]unresolved[/]" : use.Through is not null ? "via internal library" : use.Direct ? "direct" : "transitive", use.Scope,
                    Markup.Escape(use.Unresolved is null ? path : $"{path}: {use.Unresolved}"));
            }

            renderer.Write(table);
            renderer.Line(string.Create(CultureInfo.InvariantCulture,
                $"{uses.Count} occurrence(s) in {uses.Select(u => u.Repository).Distinct().Count()} repositor(ies); versions: {Markup.Escape(string.Join(", ", uses.Select(u => u.Version ?? "?").Distinct()))}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<PublishedRecord> ProducersOf(InternalPackages internalPackages, Core.Queries.PackageQuery query) =>
        [.. Enum.GetValues<Ecosystem>().Where(e => query.Ecosystem is null || query.Ecosystem == e).SelectMany(e => internalPackages.Producers(e, query.Name))];

    /// <summary>"log4j-core" finds nothing in Maven (names are group:artifact): name the indexed matches.</summary>
    private static void Suggest(Renderer renderer, SightlineStore store, Core.Queries.PackageQuery query)
    {
        var names = store.MavenNamesForArtifact(query.Name);
        if (names.Count > 0)
        {
            renderer.Line($"Maven packages are named group:artifact; indexed matches: {Markup.Escape(string.Join(", ", names))}");
        }
    }

    private static string Describe(Core.Queries.PackageQuery query) =>
        query.Version is null ? query.Name : $"{query.Name}@{query.Version}";
}
