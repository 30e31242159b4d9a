namespace Sightline.Remediation.Scheduling;

/// <summary>Strongly connected components: every cycle lies inside one.</summary>
internal static class StronglyConnected
{
    /// <summary>Iterative Tarjan (no recursion: a long chain must not overflow the stack), components by smallest member.</summary>
    public static List<List<int>> Components(int[][] succs, bool[] within)
    {
        var n = succs.Length;
        var index = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var calls = new Stack<(int Node, int Edge)>();
        var components = new List<List<int>>();
        var counter = 0;
        for (var root = 0; root < n; root++)
        {
            if (!within[root] || index[root] >= 0)
            {
                continue;
            }

            Visit(root);
            while (calls.TryPop(out var frame))
            {
                var (u, e) = frame;
                if (e < succs[u].Length)
                {
                    calls.Push((u, e + 1));
                    var w = succs[u][e];
                    if (index[w] < 0)
                    {
                        Visit(w);
                    }
                    else if (onStack[w])
                    {
                        low[u] = Math.Min(low[u], index[w]);
                    }

                    continue;
                }

                if (low[u] == index[u])
                {
                    var component = new List<int>();
                    int w;
                    do
                    {
                        w = stack.Pop();
                        onStack[w] = false;
                        component.Add(w);
                    }
                    while (w != u);
                    components.Add(component);
                }

                if (calls.TryPeek(out var parent))
                {
                    low[parent.Node] = Math.Min(low[parent.Node], low[u]);
                }
            }
        }

        return [.. components.OrderBy(c => c.Min())];

        void Visit(int v)
        {
            index[v] = low[v] = counter++;
            stack.Push(v);
            onStack[v] = true;
            calls.Push((v, 0));
        }
    }
}
