using Sightline.Core.Model;

namespace Sightline.Ecosystems.Cargo.Graph;

/// <summary>
/// Scopes for a workspace lockfile. Cargo.lock records none, so they come from the Cargo.toml files: every
/// declaring package (the root and each member) gives its edges their declaration scope, and each package
/// below gets the strongest scope it is reachable through. Members themselves are runtime (they are the
/// workspace's own code), so a member's dev-dependencies stay dev although the member hangs off the root.
/// </summary>
internal static class CargoScopes
{
    public static void Propagate(DependencyGraph graph, IReadOnlySet<int> declaring)
    {
        var children = new List<DependencyEdge>[graph.Nodes.Count];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = [];
        }

        foreach (var edge in graph.Edges)
        {
            children[edge.From].Add(edge);
        }

        var best = new DependencyScope?[graph.Nodes.Count];
        var queue = new Queue<int>();
        foreach (var from in declaring)
        {
            foreach (var edge in children[from])
            {
                if (edge.To == 0)
                {
                    continue;
                }

                graph.Nodes[edge.To].Direct = true;
                Offer(best, queue, edge.To, declaring.Contains(edge.To) ? DependencyScope.Runtime : edge.Scope);
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
            foreach (var edge in children[node])
            {
                if (edge.To != 0)
                {
                    Offer(best, queue, edge.To, scope);
                }
            }
        }

        for (var i = 1; i < best.Length; i++)
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
