using Sightline.Remediation.Scheduling;

namespace Sightline.Remediation.Tests.Scheduling;

/// <summary>
/// The exact lexicographic optimum by enumeration, independent of the scheduler: every topological order
/// placed by the serial rule (each action at the earliest minute its predecessors and a CI slot allow) yields
/// every active schedule, and among those lies an optimum for any objective that never improves when an
/// action ends later — as both "production safe at" and "completed at" are.
/// </summary>
internal static class BruteForce
{
    public static (int ProductionSafeAt, int CompletedAt) Optimum(IReadOnlyList<PlannedAction> actions, int limit)
    {
        var best = (int.MaxValue, int.MaxValue);
        foreach (var order in Permutations(actions.Count))
        {
            if (Place(actions, order, limit) is { } result && result.CompareTo(best) < 0)
            {
                best = result;
            }
        }

        return best;
    }

    private static (int, int)? Place(IReadOnlyList<PlannedAction> actions, int[] order, int limit)
    {
        var end = new Dictionary<string, int>();
        var busy = new List<(int Start, int End)>();
        foreach (var i in order)
        {
            var action = actions[i];
            if (!action.After.All(end.ContainsKey))
            {
                return null;
            }

            var minutes = (int)action.Duration.TotalMinutes;
            var start = action.After.Select(a => end[a]).DefaultIfEmpty(0).Max();
            if (action.UsesCi && minutes > 0)
            {
                while (Enumerable.Range(start, minutes).Any(t => busy.Count(b => b.Start <= t && t < b.End) >= limit))
                {
                    start++;
                }

                busy.Add((start, start + minutes));
            }

            end[action.Id] = start + minutes;
        }

        var production = actions.Where(a => a.ProductionSafe).Select(a => end[a.Id]).DefaultIfEmpty(0).Max();
        return (production, end.Values.DefaultIfEmpty(0).Max());
    }

    private static IEnumerable<int[]> Permutations(int n)
    {
        var items = Enumerable.Range(0, n).ToArray();
        return Permute(items, 0);

        static IEnumerable<int[]> Permute(int[] items, int k)
        {
            if (k == items.Length)
            {
                yield return (int[])items.Clone();
                yield break;
            }

            for (var i = k; i < items.Length; i++)
            {
                (items[k], items[i]) = (items[i], items[k]);
                foreach (var p in Permute(items, k + 1))
                {
                    yield return p;
                }

                (items[k], items[i]) = (items[i], items[k]);
            }
        }
    }

    /// <summary>A random acyclic plan: edges only from earlier to later actions, ids shuffled so id order is not the topological order.</summary>
    public static PlannedAction[] RandomPlan(Random random, int count)
    {
        var names = Enumerable.Range(0, count).Select(i => ((char)('a' + i)).ToString()).OrderBy(_ => random.Next()).ToArray();
        return [.. Enumerable.Range(0, count).Select(i => new PlannedAction(
            names[i],
            TimeSpan.FromMinutes(random.Next(10) == 0 ? 0 : random.Next(1, 7)),
            [.. Enumerable.Range(0, i).Where(_ => random.NextDouble() < 0.3).Select(p => names[p])],
            UsesCi: random.NextDouble() < 0.85,
            ProductionSafe: random.NextDouble() < 0.4))];
    }
}
