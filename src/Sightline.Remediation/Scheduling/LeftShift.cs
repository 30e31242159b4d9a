namespace Sightline.Remediation.Scheduling;

/// <summary>
/// Normalises a feasible schedule: in the order of its starts (then topological rank), each action moves to the
/// earliest moment its predecessors and a CI slot allow. No action moves later, so neither objective worsens,
/// and the result depends only on the order, not on where a solver happened to leave slack.
/// </summary>
internal static class LeftShift
{
    public static long[] Apply(Dag dag, long[] duration, int limit, long[] starts)
    {
        var topoRank = dag.TopoRank();
        var order = Enumerable.Range(0, dag.Count).OrderBy(i => starts[i]).ThenBy(i => topoRank[i]).ToArray();
        var shifted = new long[dag.Count];
        var placed = new List<(long Start, long End)>();
        foreach (var i in order)
        {
            var earliest = 0L;
            foreach (var p in dag.Preds[i])
            {
                earliest = Math.Max(earliest, shifted[p] + duration[p]);
            }

            if (dag.UsesCi[i] && duration[i] > 0)
            {
                earliest = EarliestSlot(placed, earliest, duration[i], limit);
                placed.Add((earliest, earliest + duration[i]));
            }

            shifted[i] = earliest;
        }

        return shifted;
    }

    /// <summary>The first moment at or after <paramref name="from"/> when fewer than limit placed intervals overlap a whole length.</summary>
    private static long EarliestSlot(List<(long Start, long End)> placed, long from, long length, int limit)
    {
        // Room only ever opens when an interval ends, so those are the only candidates after `from`.
        var candidates = placed.Select(p => p.End).Where(e => e > from).Append(from).Distinct().Order();
        foreach (var t in candidates)
        {
            if (Fits(placed, t, t + length, limit))
            {
                return t;
            }
        }

        return placed.Count == 0 ? from : Math.Max(from, placed.Max(p => p.End));
    }

    private static bool Fits(List<(long Start, long End)> placed, long start, long end, int limit)
    {
        var events = new List<(long Time, int Delta)>();
        foreach (var (s, e) in placed)
        {
            if (s < end && e > start)
            {
                events.Add((Math.Max(s, start), 1));
                events.Add((e, -1));
            }
        }

        events.Sort();
        var running = 0;
        foreach (var (_, delta) in events)
        {
            running += delta;
            if (running >= limit)
            {
                return false;
            }
        }

        return true;
    }
}
