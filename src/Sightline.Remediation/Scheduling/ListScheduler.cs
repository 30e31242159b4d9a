namespace Sightline.Remediation.Scheduling;

/// <summary>
/// Critical-path list schedule (parallel schedule generation): time moves from one completion to the next; at
/// each moment every free CI slot goes to the ready action of highest priority. Priority: actions that lead to
/// a production-safe action first, by the longest path to one; then by the longest remaining path; then by id.
/// Actions outside CI and zero-length actions never wait for a slot.
/// </summary>
internal static class ListScheduler
{
    public static long[] Starts(Dag dag, long[] duration, int limit)
    {
        var rank = Ranks(dag, duration);
        var waiting = dag.Preds.Select(p => p.Length).ToArray();
        var start = new long[dag.Count];
        var slotted = new PriorityQueue<int, int>();
        var immediate = new Queue<int>();
        var running = new PriorityQueue<int, (long End, int Index)>();
        for (var i = 0; i < dag.Count; i++)
        {
            if (waiting[i] == 0)
            {
                Ready(i);
            }
        }

        var free = limit;
        var now = 0L;
        while (true)
        {
            // Complete everything ending by now (zero-length actions end as they start), then fill the slots.
            var progressed = true;
            while (progressed)
            {
                progressed = false;
                while (running.TryPeek(out var i, out var at) && at.End <= now)
                {
                    running.Dequeue();
                    free += HoldsSlot(i) ? 1 : 0;
                    foreach (var s in dag.Succs[i])
                    {
                        if (--waiting[s] == 0)
                        {
                            Ready(s);
                        }
                    }

                    progressed = true;
                }

                while (immediate.TryDequeue(out var i))
                {
                    Begin(i);
                    progressed = true;
                }

                while (free > 0 && slotted.TryDequeue(out var i, out _))
                {
                    free--;
                    Begin(i);
                    progressed = true;
                }
            }

            if (!running.TryPeek(out _, out var next))
            {
                return start;
            }

            now = next.End;
        }

        bool HoldsSlot(int i) => dag.UsesCi[i] && duration[i] > 0;

        void Ready(int i)
        {
            if (HoldsSlot(i))
            {
                slotted.Enqueue(i, rank[i]);
            }
            else
            {
                immediate.Enqueue(i);
            }
        }

        void Begin(int i)
        {
            start[i] = now;
            running.Enqueue(i, (now + duration[i], i));
        }
    }

    /// <summary>0 = most urgent.</summary>
    private static int[] Ranks(Dag dag, long[] duration)
    {
        var production = dag.ProductionTails(duration);
        var tail = dag.Tails(duration);
        var order = Enumerable.Range(0, dag.Count)
            .OrderByDescending(i => production[i] >= 0)
            .ThenByDescending(i => production[i])
            .ThenByDescending(i => tail[i])
            .ThenBy(i => i)
            .ToArray();
        var rank = new int[dag.Count];
        for (var k = 0; k < order.Length; k++)
        {
            rank[order[k]] = k;
        }

        return rank;
    }
}
