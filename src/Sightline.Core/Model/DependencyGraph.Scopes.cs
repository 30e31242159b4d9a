namespace Sightline.Core.Model;

public sealed partial class DependencyGraph
{
    /// <summary>
    /// Sets <see cref="PackageNode.Direct"/> from the root's edges and each node's scope to the strongest
    /// scope through which it is reachable from the root: a package used by a runtime dependency and by a
    /// dev tool is a runtime package. The edge scope of a root edge is the declaration's scope (dev,
    /// optional, peer); deeper edges pass their parent's scope on, except that an optional or peer edge
    /// weakens runtime to optional or peer. For formats whose lockfile does not state scopes (yarn, pnpm,
    /// NuGet).
    /// </summary>
    public void PropagateScopesFromRoot()
    {
        var children = ChildrenByNode();
        var best = new DependencyScope?[_nodes.Count];
        var queue = new Queue<int>();
        foreach (var edge in _edges)
        {
            if (edge.From != 0)
            {
                continue;
            }

            _nodes[edge.To].Direct = true;
            if (Improve(best, edge.To, edge.Scope))
            {
                queue.Enqueue(edge.To);
            }
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            var scope = best[node]!.Value;
            foreach (var edge in children[node])
            {
                var passed = scope == DependencyScope.Runtime && edge.Scope is DependencyScope.Optional or DependencyScope.Peer
                    ? edge.Scope
                    : scope;
                if (Improve(best, edge.To, passed))
                {
                    queue.Enqueue(edge.To);
                }
            }
        }

        for (var i = 1; i < _nodes.Count; i++)
        {
            if (best[i] is { } scope)
            {
                _nodes[i].Scope = scope;
            }
        }
    }

    private static bool Improve(DependencyScope?[] best, int node, DependencyScope scope)
    {
        if (best[node] is { } current && current <= scope)
        {
            return false;
        }

        best[node] = scope;
        return true;
    }

    internal List<DependencyEdge>[] ChildrenByNode()
    {
        var children = new List<DependencyEdge>[_nodes.Count];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = [];
        }

        foreach (var edge in _edges)
        {
            children[edge.From].Add(edge);
        }

        return children;
    }
}
