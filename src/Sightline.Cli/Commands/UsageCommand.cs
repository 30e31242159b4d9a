using System.CommandLine;
using System.Globalization;
using Sightline.Cli.Output;
using Spectre.Console;

namespace Sightline.Cli.Commands;

internal static class UsageCommand
{
    public static Command Create(CommandContext context)
    {
        var package = PackageArguments.Package();
        var ecosystem = PackageArguments.Ecosystem();
        var command = new Command("usage", "How a package is used across the fleet: which repositories, which versions, how spread")
        {
            package, ecosystem,
        };
        command.SetAction(parse =>
        {
            var query = PackageArguments.Parse(parse.GetValue(package)!, parse.GetValue(ecosystem));
            using var store = CommandContext.OpenStore(parse);
            var uses = store.WhoUses(query);
            var versions = uses.GroupBy(u => (u.Ecosystem, u.Name, u.Version))
                .Select(g => new
                {
                    g.Key.Ecosystem, Package = g.Key.Name, g.Key.Version,
                    Repositories = g.Select(u => u.Repository).Distinct().Count(),
                    Direct = g.Where(u => u.Direct).Select(u => u.Repository).Distinct().Count(),
                    Transitive = g.Where(u => !u.Direct).Select(u => u.Repository).Distinct().Count(),
                    Manifests = g.Select(u => (u.Repository, u.Manifest)).Distinct().Count(),
                })
                .OrderByDescending(v => v.Repositories).ThenBy(v => v.Version, StringComparer.Ordinal)
                .ToList();
            var repositories = uses.GroupBy(u => u.Repository)
                .Select(g => new
                {
                    Repository = g.Key,
                    Versions = g.Select(u => u.Version ?? "unpinned").Distinct().Order(StringComparer.Ordinal).ToList(),
                    Direct = g.Any(u => u.Direct),
                    Manifests = g.Select(u => u.Manifest).Distinct().Order(StringComparer.Ordinal).ToList(),
                })
                .ToList();

            // Calls into the package by fully qualified name: npm "lodash.merge", NuGet namespaces named after the package.
            var functions = store.SymbolUses(query.Name);
            using var renderer = context.CreateRenderer(parse);
            if (renderer.IsJson)
            {
                renderer.Json(new { Query = query, RepositoryCount = repositories.Count, VersionCount = versions.Count, Versions = versions, Repositories = repositories, Functions = functions });
                return ExitCodes.Ok;
            }

            if (uses.Count == 0 && functions.Count == 0)
            {
                renderer.Line($"No indexed repository depends on {Markup.Escape(query.Name)}.");
                return ExitCodes.Ok;
            }

            var spread = new Table().Border(TableBorder.Simple).Title("Version spread")
                .AddColumns("Package", "Version", "Repositories", "Direct in", "Transitive in", "Manifests");
            foreach (var v in versions)
            {
                spread.AddRow(Markup.Escape($"{v.Package} ({v.Ecosystem})"), Markup.Escape(v.Version ?? "unpinned"), N(v.Repositories), N(v.Direct), N(v.Transitive), N(v.Manifests));
            }

            var byRepository = new Table().Border(TableBorder.Simple).Title("Repositories")
                .AddColumns("Repository", "Versions", "How", "Manifests");
            foreach (var r in repositories)
            {
                byRepository.AddRow(Markup.Escape(r.Repository), Markup.Escape(string.Join(", ", r.Versions)), r.Direct ? "direct" : "transitive", Markup.Escape(string.Join(", ", r.Manifests)));
            }

            renderer.Write(spread);
            renderer.Write(byRepository);
            if (functions.Count > 0)
            {
                var ranked = new Table().Border(TableBorder.Simple).Title("Most used functions (call sites in production code)")
                    .AddColumns("Function", "Call sites", "Repositories", "Test call sites", "Called from");
                foreach (var f in functions)
                {
                    ranked.AddRow(Markup.Escape(f.Symbol), N(f.CallSites), N(f.Repositories.Count), N(f.TestCallSites), Markup.Escape(string.Join(", ", f.Repositories)));
                }

                renderer.Write(ranked);
            }

            renderer.Line($"{repositories.Count} repositor(ies), {versions.Count} version(s).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
