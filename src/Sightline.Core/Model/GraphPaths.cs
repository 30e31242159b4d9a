namespace Sightline.Core.Model;

/// <summary>Paths from a manifest root to a package, over any graph given as edges.</summary>
public static class GraphPaths
{
    /// <summary>
    /// Every simple path from node 0 to <paramref name="target"/>, shortest first, at most
    /// <paramref name="limit"/> of them (a dense graph has exponentially many). Each path lists node ids
    /// from the first dependency after the root to the target.
    /// </summary>
    public static IReadOnlyList<int[]> AllPaths(int nodeCount, IEnumerable<(int From, int To)> edges, int target, int limit, out bool truncated)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var parents = Parents(nodeCount, edges);
        var canReachRoot = ReachableFromRoot(parents);
        var results = new List<int[]>();
        var stack = new List<int> { target };
        var onPath = new bool[nodeCount];
        onPath[target] = true;
        truncated = false;

        // Depth-first from the target up to the root through parents; only nodes that reach the root are
        // explored, so no work is wasted on dead ends.
        var hitLimit = false;
        void Walk(int node)
        {
            if (hitLimit)
            {
                return;
            }

            foreach (var parent in parents[node])
            {
                if (parent == 0)
                {
                    if (results.Count >= limit)
                    {
                        hitLimit = true;
                        return;
                    }

                    var path = new int[stack.Count];
                    for (var i = 0; i < stack.Count; i++)
                    {
                        path[i] = stack[stack.Count - 1 - i];
                    }

                    results.Add(path);
                    continue;
                }

                if (onPath[parent] || !canReachRoot[parent])
                {
                    continue;
                }

                onPath[parent] = true;
                stack.Add(parent);
                Walk(parent);
                stack.RemoveAt(stack.Count - 1);
                onPath[parent] = false;
            }
        }

        if (target != 0)
        {
            Walk(target);
        }

        truncated = hitLimit;
        results.Sort((a, b) => a.Length.CompareTo(b.Length));
        return results;
    }

    /// <summary>The shortest path from the root to every node (breadth-first); null where unreachable.</summary>
    public static int[]?[] ShortestPaths(int nodeCount, IEnumerable<(int From, int To)> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var children = new List<int>[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            children[i] = [];
        }

        foreach (var (from, to) in edges)
        {
            children[from].Add(to);
        }

        var previous = new int[nodeCount];
        Array.Fill(previous, -1);
        var seen = new bool[nodeCount];
        var queue = new Queue<int>();
        seen[0] = true;
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var child in children[node])
            {
                if (!seen[child])
                {
                    seen[child] = true;
                    previous[child] = node;
                    queue.Enqueue(child);
                }
            }
        }

        var paths = new int[]?[nodeCount];
        for (var node = 1; node < nodeCount; node++)
        {
            if (!seen[node])
            {
                continue;
            }

            var path = new List<int>();
            for (var at = node; at != 0; at = previous[at])
            {
                path.Add(at);
            }

            path.Reverse();
            paths[node] = [.. path];
        }

        return paths;
    }

    private static List<int>[] Parents(int nodeCount, IEnumerable<(int From, int To)> edges)
    {
        var parents = new List<int>[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            parents[i] = [];
        }

        foreach (var (from, to) in edges)
        {
            parents[to].Add(from);
        }

        return parents;
    }

    private static bool[] ReachableFromRoot(List<int>[] parents)
    {
        // Nodes reachable from the root: only they can lie on a root path.
        var children = new List<int>[parents.Length];
        for (var i = 0; i < parents.Length; i++)
        {
            children[i] = [];
        }

        for (var node = 0; node < parents.Length; node++)
        {
            foreach (var parent in parents[node])
            {
                children[parent].Add(node);
            }
        }

        var reach = new bool[parents.Length];
        var queue = new Queue<int>();
        reach[0] = true;
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var child in children[node])
            {
                if (!reach[child])
                {
                    reach[child] = true;
                    queue.Enqueue(child);
                }
            }
        }

        return reach;
    }
}
