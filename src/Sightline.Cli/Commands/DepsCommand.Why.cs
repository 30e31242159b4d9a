using System.CommandLine;
using Sightline.Cli.Output;
using Sightline.Core.Model;
using Sightline.Store;
using Spectre.Console;

namespace Sightline.Cli.Commands;

internal static partial class DepsCommand
{
    private static Command Why(CommandContext context)
    {
        var repository = new Argument<string>("repository") { Description = "Repository name, as `sightline repos` lists it" };
        var package = PackageArguments.Package();
        var ecosystem = PackageArguments.Ecosystem();
        var limit = new Option<int>("--limit") { Description = "Most paths listed per occurrence (a dense graph has very many)", DefaultValueFactory = _ => 50 };
        var command = new Command("why", "Every path from a repository's manifest roots to a package, shortest first")
        {
            repository, package, ecosystem, limit,
        };
        command.SetAction(parse =>
        {
            var query = PackageArguments.Parse(parse.GetValue(package)!, parse.GetValue(ecosystem));
            using var store = CommandContext.OpenStore(parse);
            var manifests = RequireManifests(store, parse.GetValue(repository)!);
            var answers = new List<object>();
            using var renderer = context.CreateRenderer(parse);
            foreach (var manifest in manifests)
            {
                var graph = store.LoadGraph(manifest);
                foreach (var node in graph.Nodes.Where(n => n.Index > 0 && Enum.TryParse<Ecosystem>(n.Ecosystem, out var eco)
                             && query.Matches(eco, PackageNames.Normalize(eco, n.Name), n.Version)))
                {
                    var paths = GraphPaths.AllPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.Parent, e.Child)), node.Index, parse.GetValue(limit), out var truncated);
                    var labelled = paths.Select(p => p.Select(i => Label(graph.Nodes[i])).ToList()).ToList();
                    answers.Add(new { Manifest = manifest.Path, manifest.LockfilePath, Package = node.Name, node.Version, node.Scope, node.Direct, Paths = labelled, Truncated = truncated });
                    if (!renderer.IsJson)
                    {
                        renderer.Line($"[bold]{Markup.Escape(Label(node))}[/] in {Markup.Escape(manifest.Path)} ({(node.Direct ? "direct" : "transitive")}, {node.Scope}): {labelled.Count} path(s){(truncated ? " (more not shown; raise --limit)" : string.Empty)}");
                        foreach (var path in labelled)
                        {
                            renderer.Line("  " + Markup.Escape(string.Join(" > ", path)));
                        }
                    }
                }
            }

            if (renderer.IsJson)
            {
                renderer.Json(new { Repository = parse.GetValue(repository), Query = query, Occurrences = answers });
            }
            else if (answers.Count == 0)
            {
                renderer.Line($"{Markup.Escape(parse.GetValue(repository)!)} does not depend on {Markup.Escape(Describe(query))}.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<StoredManifest> RequireManifests(SightlineStore store, string repository)
    {
        if (!store.ListRepositories().Any(r => r.Name == repository))
        {
            throw new UsageException($"no indexed repository named '{repository}' (see `sightline repos`)");
        }

        return store.ListManifests(repository);
    }

    private static string Label(StoredNode node) =>
        node.Version is null ? node.Name : $"{node.Name}@{node.Version}";
}
