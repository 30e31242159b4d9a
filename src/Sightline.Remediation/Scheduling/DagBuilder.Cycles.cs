namespace Sightline.Remediation.Scheduling;

/// <summary>Names every cycle among the actions Kahn's algorithm could not order, and what they block.</summary>
internal static partial class DagBuilder
{
    private const int NamedBlocked = 20;

    private static void ReportCycles(string[] ids, int[][] preds, List<int> order, List<string> problems)
    {
        var succs = Successors(preds);
        var left = new bool[ids.Length];
        Array.Fill(left, true);
        foreach (var i in order)
        {
            left[i] = false;
        }

        var inCycle = new bool[ids.Length];
        foreach (var component in StronglyConnected.Components(succs, left))
        {
            var first = component.Min();
            if (component.Count == 1 && !succs[first].Contains(first))
            {
                continue;
            }

            var members = new HashSet<int>(component);
            foreach (var m in component)
            {
                inCycle[m] = true;
            }

            problems.Add("cycle: " + Name(ShortestCycle(first, succs, members).Select(i => ids[i]).ToList()));
        }

        var blocked = Enumerable.Range(0, ids.Length).Where(i => left[i] && !inCycle[i]).Select(i => ids[i]).ToList();
        if (blocked.Count > 0)
        {
            var more = blocked.Count > NamedBlocked ? $" and {blocked.Count - NamedBlocked} more" : string.Empty;
            problems.Add($"after a cycle, left out: {string.Join(", ", blocked.Take(NamedBlocked))}{more}");
        }
    }

    /// <summary>The loop's ids, with the middle of a very long loop elided so one problem stays one readable line.</summary>
    private static string Name(List<string> loop) =>
        loop.Count <= 2 * NamedBlocked + 1
            ? string.Join(" -> ", loop)
            : $"{string.Join(" -> ", loop.Take(NamedBlocked))} -> ... {loop.Count - 2 * NamedBlocked} more ... -> {string.Join(" -> ", loop.TakeLast(NamedBlocked))}";

    /// <summary>Breadth-first from <paramref name="start"/> back to itself inside its component: start -> ... -> start.</summary>
    private static List<int> ShortestCycle(int start, int[][] succs, HashSet<int> members)
    {
        var parent = new Dictionary<int, int>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        var last = start;
        while (queue.TryDequeue(out var u))
        {
            if (succs[u].Contains(start))
            {
                last = u;
                break;
            }

            foreach (var w in succs[u])
            {
                if (members.Contains(w) && w != start && parent.TryAdd(w, u))
                {
                    queue.Enqueue(w);
                }
            }
        }

        var path = new List<int> { start };
        for (var v = last; v != start; v = parent[v])
        {
            path.Add(v);
        }

        path.Reverse(1, path.Count - 1);
        path.Add(start);
        return path;
    }
}
