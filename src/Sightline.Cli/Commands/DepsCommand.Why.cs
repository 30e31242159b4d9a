using System.CommandLine;
using Sightline.Cli.Output;
using Sightline.Core.Model;
using Sightline.Engine.Internal;
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
            var name = parse.GetValue(repository)!;
            var manifests = RequireManifests(store, name);
            var crossing = new CrossRepositoryPaths(store);
            var answers = new List<object>();
            using var renderer = context.CreateRenderer(parse);
            foreach (var manifest in manifests)
            {
                var graph = store.LoadGraph(manifest);
                foreach (var node in graph.Nodes.Where(n => n.Index > 0 && Enum.TryParse<Ecosystem>(n.Ecosystem, out var eco)
                             && query.Matches(eco, PackageNames.Normalize(eco, n.Name), n.Version)))
                {
                    var paths = GraphPaths.AllPaths(graph.Nodes.Count, graph.Edges.Select(e => (e.Parent, e.Child)), node.Index, parse.GetValue(limit), out var truncated);
                    var labelled = paths.Select(p => p.Select(i => Annotated(crossing.Internal, name, graph.Nodes[i])).ToList()).ToList();
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

            var across = crossing.Find(name, query, parse.GetValue(limit));
            if (renderer.IsJson)
            {
                renderer.Json(new { Repository = name, Query = query, Occurrences = answers, ThroughInternalLibraries = across });
            }
            else if (across.Count > 0)
            {
                renderer.Line($"[bold]Through internal libraries built by other repositories[/]: {across.Count} path(s)");
                foreach (var path in across)
                {
                    renderer.Line("  " + Markup.Escape(string.Join(" => ", path.Segments.Select(s => $"[{s.Repository}:{s.Manifest}] {string.Join(" > ", s.Labels)}"))));
                    foreach (var note in path.Segments.Select(s => s.Note).OfType<string>())
                    {
                        renderer.Line("    [dim]note: " + Markup.Escape(note) + "[/]");
                    }
                }
            }

            if (!renderer.IsJson && answers.Count == 0 && across.Count == 0)
            {
                renderer.Line($"{Markup.Escape(parse.GetValue(repository)!)} does not depend on {Markup.Escape(Describe(query))}.");
                Suggest(renderer, store, query);
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

    /// <summary>A package another repository of the fleet builds says so: "acme-logging@1.2.0 [internal: acme-logging-js]".</summary>
    private static string Annotated(InternalPackages internalPackages, string repository, StoredNode node) =>
        Enum.TryParse<Ecosystem>(node.Ecosystem, out var ecosystem) ? internalPackages.Annotate(repository, ecosystem, Label(node)) : Label(node);

    private static string Label(StoredNode node) =>
        node.Version is null ? node.Name : $"{node.Name}@{node.Version}";
}
