using Sightline.Core.Model;

namespace Sightline.Ecosystems.Npm;

/// <summary>
/// Scope propagation for workspaces. Like <see cref="DependencyGraph.PropagateScopesFromRoot"/>, but the
/// edges of every declaring node (the root and each workspace member) carry declaration scopes, so a
/// member's devDependencies stay dev even though the member itself hangs off the root as runtime.
/// </summary>
internal static class NpmScopes
{
    public static void Propagate(DependencyGraph graph, IReadOnlySet<int> declaring)
    {
        var count = graph.Nodes.Count;
        var edges = graph.Edges;

        // Children as one flat array with offsets: one allocation instead of a list per node.
        var start = new int[count + 1];
        foreach (var edge in edges)
        {
            start[edge.From + 1]++;
        }

        for (var i = 0; i < count; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = (int[])start.Clone();
        var children = new DependencyEdge[edges.Count];
        foreach (var edge in edges)
        {
            children[fill[edge.From]++] = edge;
        }

        var best = new DependencyScope?[count];
        var queue = new Queue<int>();
        foreach (var edge in edges)
        {
            if (edge.From == 0 || declaring.Contains(edge.From))
            {
                graph.Nodes[edge.To].Direct = true;
                var scope = declaring.Contains(edge.To) ? DependencyScope.Runtime : edge.Scope;
                Offer(best, queue, edge.To, scope);
            }
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (declaring.Contains(node))
            {
                continue;
            }

            var scope = best[node]!.Value;
            for (var i = start[node]; i < start[node + 1]; i++)
            {
                var edge = children[i];
                var passed = scope == DependencyScope.Runtime && edge.Scope is DependencyScope.Optional or DependencyScope.Peer ? edge.Scope : scope;
                Offer(best, queue, edge.To, passed);
            }
        }

        for (var i = 1; i < count; i++)
        {
            if (best[i] is { } scope)
            {
                graph.Nodes[i].Scope = scope;
            }
        }
    }

    private static void Offer(DependencyScope?[] best, Queue<int> queue, int node, DependencyScope scope)
    {
        if (best[node] is { } current && current <= scope)
        {
            return;
        }

        best[node] = scope;
        queue.Enqueue(node);
    }
}
