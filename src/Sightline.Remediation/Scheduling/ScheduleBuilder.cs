namespace Sightline.Remediation.Scheduling;

/// <summary>Turns start times (in ticks) into the public <see cref="Schedule"/>: sorted actions, waves, critical path, bound and gap.</summary>
internal static class ScheduleBuilder
{
    public static Schedule Build(Dag dag, long[] start, long[] duration, ScheduleMethod method, long lowerBound, bool limited, List<string> problems)
    {
        var wave = dag.Waves();
        var end = new long[dag.Count];
        long completed = 0, productionSafe = 0;
        for (var i = 0; i < dag.Count; i++)
        {
            end[i] = start[i] + duration[i];
            completed = Math.Max(completed, end[i]);
            productionSafe = dag.Production[i] ? Math.Max(productionSafe, end[i]) : productionSafe;
        }

        var actions = Enumerable.Range(0, dag.Count)
            .OrderBy(i => start[i]).ThenBy(i => i)
            .Select(i => new ScheduledAction(dag.Ids[i], new TimeSpan(start[i]), new TimeSpan(end[i]), wave[i]))
            .ToList();
        var waves = Enumerable.Range(0, dag.Count).GroupBy(i => wave[i]).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<string>)[.. g.Order().Select(i => dag.Ids[i])])
            .ToList();
        var bound = Math.Min(lowerBound, completed);
        var gap = bound == 0 ? 0 : (double)(completed - bound) / bound;
        return new Schedule(
            actions,
            new TimeSpan(productionSafe),
            new TimeSpan(completed),
            CriticalPath(dag, start, end, completed, limited),
            waves,
            method,
            new TimeSpan(bound),
            gap,
            [.. problems]);
    }

    /// <summary>
    /// Walks back from the action that ends last (smallest id on a tie): to a predecessor ending exactly at its
    /// start, else, under a limit, to a CI action ending then (it held the slot). Stops where nothing ends at the start.
    /// </summary>
    private static List<string> CriticalPath(Dag dag, long[] start, long[] end, long completed, bool limited)
    {
        var path = new List<string>();
        if (dag.Count == 0)
        {
            return path;
        }

        var slotEnds = limited
            ? Enumerable.Range(0, dag.Count).Where(i => dag.UsesCi[i] && end[i] > start[i]).ToLookup(i => end[i])
            : null;
        var visited = new HashSet<int>();
        var current = Enumerable.Range(0, dag.Count).First(i => end[i] == completed);
        while (current >= 0 && visited.Add(current))
        {
            path.Add(dag.Ids[current]);
            var at = start[current];
            var next = dag.Preds[current].Where(p => end[p] == at).DefaultIfEmpty(-1).First();
            if (next < 0 && slotEnds is not null && dag.UsesCi[current] && end[current] > at && at > 0)
            {
                next = slotEnds[at].Where(i => !visited.Contains(i)).DefaultIfEmpty(-1).First();
            }

            current = next;
        }

        path.Reverse();
        return path;
    }
}
