namespace Sightline.Remediation.Scheduling;

/// <summary>Unlimited parallelism: every action starts when its last predecessor ends, which is optimal for both objectives.</summary>
internal static class EarliestStart
{
    public static long[] Starts(Dag dag, long[] duration)
    {
        var start = new long[dag.Count];
        foreach (var i in dag.Topo)
        {
            foreach (var p in dag.Preds[i])
            {
                start[i] = Math.Max(start[i], start[p] + duration[p]);
            }
        }

        return start;
    }

    /// <summary>Most CI actions running at once (intervals half-open; zero-length actions hold no slot).</summary>
    public static int PeakCi(Dag dag, long[] start, long[] duration)
    {
        var events = new List<(long Time, int Delta)>();
        for (var i = 0; i < dag.Count; i++)
        {
            if (dag.UsesCi[i] && duration[i] > 0)
            {
                events.Add((start[i], 1));
                events.Add((start[i] + duration[i], -1));
            }
        }

        // At equal times an end (-1) sorts before a start (+1): a slot freed at t is usable at t.
        events.Sort();
        int running = 0, peak = 0;
        foreach (var (_, delta) in events)
        {
            running += delta;
            peak = Math.Max(peak, running);
        }

        return peak;
    }

    /// <summary>max(longest path, ceil(CI work / limit)): no schedule under the limit can finish sooner.</summary>
    public static long LowerBound(Dag dag, long[] duration, int limit)
    {
        var longest = dag.Count == 0 ? 0 : dag.Tails(duration).Max();
        var work = 0L;
        for (var i = 0; i < dag.Count; i++)
        {
            work += dag.UsesCi[i] ? duration[i] : 0;
        }

        return Math.Max(longest, (work + limit - 1) / limit);
    }

    /// <summary>
    /// Energy between a release time and a tail: the actions in <paramref name="within"/> that cannot start before h
    /// and still need q after they end must run their CI work inside [h, end - q], so the end is at least
    /// h + q + ceil(work / limit). Handed to CP-SAT as a redundant bound, it proves many optima at once.
    /// <paramref name="after"/> = the longest path following each action (what must still run once it ends).
    /// </summary>
    public static long EnergyBound(Dag dag, long[] duration, int limit, bool[] within, long[] after)
    {
        var earliest = Starts(dag, duration);
        var members = Enumerable.Range(0, dag.Count).Where(i => within[i]).OrderByDescending(i => after[i]).ToArray();
        var bound = 0L;
        foreach (var i in members)
        {
            bound = Math.Max(bound, earliest[i] + duration[i] + after[i]);
        }

        foreach (var h in members.Select(i => earliest[i]).Distinct())
        {
            var work = 0L;
            var inSet = false;
            for (var k = 0; k < members.Length; k++)
            {
                var i = members[k];
                inSet |= earliest[i] >= h;
                work += earliest[i] >= h && dag.UsesCi[i] ? duration[i] : 0;

                // Only a set that holds an action bounds anything: h and q must belong to actions in it.
                if (inSet && (k == members.Length - 1 || after[members[k + 1]] < after[i]))
                {
                    bound = Math.Max(bound, h + after[i] + (work + limit - 1) / limit);
                }
            }
        }

        return bound;
    }
}
