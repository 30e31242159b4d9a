using System.CommandLine;
using Sightline.Cli.Output;
using Sightline.Store;
using Spectre.Console;

namespace Sightline.Cli.Commands;

internal static partial class DepsCommand
{
    private static Command Tree(CommandContext context)
    {
        var repository = new Argument<string>("repository") { Description = "Repository name, as `sightline repos` lists it" };
        var manifest = new Option<string?>("--manifest", "-m") { Description = "Only the manifest at this path in the repository", HelpName = "path" };
        var depth = new Option<int>("--depth", "-d") { Description = "Levels shown below each manifest (0 = unlimited)", DefaultValueFactory = _ => 2 };
        var command = new Command("tree", "The dependency tree of each manifest of a repository, with unresolved parts")
        {
            repository, manifest, depth,
        };
        command.SetAction(parse =>
        {
            using var store = CommandContext.OpenStore(parse);
            var manifests = RequireManifests(store, parse.GetValue(repository)!)
                .Where(m => parse.GetValue(manifest) is not { } only || m.Path == only || m.LockfilePath == only)
                .ToList();
            if (manifests.Count == 0)
            {
                throw new UsageException($"{parse.GetValue(repository)} has no manifest at '{parse.GetValue(manifest)}'");
            }

            var maxDepth = parse.GetValue(depth) <= 0 ? int.MaxValue : parse.GetValue(depth);
            var graphs = manifests.Select(store.LoadGraph).ToList();
            using var renderer = context.CreateRenderer(parse);
            if (renderer.IsJson)
            {
                renderer.Json(graphs.Select(g => new { g.Manifest, Tree = TreeJson(g, maxDepth), g.Unresolved }));
                return ExitCodes.Ok;
            }

            foreach (var graph in graphs)
            {
                renderer.Write(TreeView(graph, maxDepth));
                foreach (var unresolved in graph.Unresolved)
                {
                    renderer.Line($"  [yellow]unresolved[/] {Markup.Escape(unresolved.Name)} {Markup.Escape(unresolved.Requirement ?? string.Empty)}: {Markup.Escape(unresolved.Reason)}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Spectre.Console.Tree TreeView(StoredGraph graph, int maxDepth)
    {
        var m = graph.Manifest;
        var title = $"[bold]{Markup.Escape(m.Path)}[/] ({Markup.Escape(m.Kind)}{(m.LockfilePath is { } l && l != m.Path ? ", " + Markup.Escape(l) : string.Empty)}, {m.NodeCount - 1} packages{(m.FullyResolved ? string.Empty : ", [yellow]partly unresolved[/]")})";
        var tree = new Spectre.Console.Tree(title);
        var children = graph.Edges.ToLookup(e => e.Parent);
        var expanded = new HashSet<int> { 0 };
        void Add(IHasTreeNodes parent, int node, int level)
        {
            foreach (var edge in children[node].OrderBy(e => graph.Nodes[e.Child].Name, StringComparer.Ordinal))
            {
                var child = graph.Nodes[edge.Child];
                var seen = !expanded.Add(edge.Child);
                var text = $"{Markup.Escape(Label(child))} [grey]{child.Scope}{(seen && children[edge.Child].Any() ? ", deduped" : string.Empty)}[/]";
                var item = parent.AddNode(text);
                if (!seen && level < maxDepth)
                {
                    Add(item, edge.Child, level + 1);
                }
            }
        }

        Add(tree, 0, 1);
        return tree;
    }

    private static List<object> TreeJson(StoredGraph graph, int maxDepth)
    {
        var children = graph.Edges.ToLookup(e => e.Parent);
        var expanded = new HashSet<int> { 0 };
        List<object> Build(int node, int level) =>
            [.. children[node].Select(edge =>
            {
                var child = graph.Nodes[edge.Child];
                var first = expanded.Add(edge.Child);
                return (object)new
                {
                    child.Name, child.Version, child.Scope, child.Direct, Requirement = edge.Requirement, Deduped = !first,
                    Dependencies = first && level < maxDepth ? Build(edge.Child, level + 1) : null,
                };
            })];
        return Build(0, 1);
    }
}
