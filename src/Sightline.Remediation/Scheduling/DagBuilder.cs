using System.Globalization;

namespace Sightline.Remediation.Scheduling;

/// <summary>
/// Turns a request into a <see cref="Dag"/>: drops what cannot be scheduled (bad ids, unknown After ids,
/// cycles and everything after them) and says why in problems.
/// </summary>
internal static partial class DagBuilder
{
    public static Dag Build(IReadOnlyList<PlannedAction>? actions, List<string> problems)
    {
        var valid = Validate(actions ?? [], problems);
        var ids = valid.Select(a => a.Id).ToArray();
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            index[ids[i]] = i;
        }

        var preds = new int[ids.Length][];
        for (var i = 0; i < ids.Length; i++)
        {
            var known = new SortedSet<int>();
            foreach (var after in valid[i].After ?? [])
            {
                if (after is not null && index.TryGetValue(after, out var p))
                {
                    known.Add(p);
                }
                else
                {
                    problems.Add(Inv($"{ids[i]}: unknown After id '{after}' ignored"));
                }
            }

            preds[i] = [.. known];
        }

        var order = Kahn(preds, Successors(preds));
        if (order.Count < ids.Length)
        {
            ReportCycles(ids, preds, order, problems);
        }

        return Compact(valid, ids, preds, order);
    }

    private static int[][] Successors(int[][] preds)
    {
        var succs = new List<int>[preds.Length];
        for (var i = 0; i < preds.Length; i++)
        {
            succs[i] = [];
        }

        for (var i = 0; i < preds.Length; i++)
        {
            foreach (var p in preds[i])
            {
                succs[p].Add(i);
            }
        }

        return [.. succs.Select(s => s.ToArray())];
    }

    /// <summary>Kahn's algorithm taking the smallest ready index first; actions on or after a cycle never become ready.</summary>
    private static List<int> Kahn(int[][] preds, int[][] succs)
    {
        var waiting = preds.Select(p => p.Length).ToArray();
        var ready = new PriorityQueue<int, int>();
        for (var i = 0; i < preds.Length; i++)
        {
            if (waiting[i] == 0)
            {
                ready.Enqueue(i, i);
            }
        }

        var order = new List<int>(preds.Length);
        while (ready.TryDequeue(out var i, out _))
        {
            order.Add(i);
            foreach (var s in succs[i])
            {
                if (--waiting[s] == 0)
                {
                    ready.Enqueue(s, s);
                }
            }
        }

        return order;
    }

    private static Dag Compact(List<PlannedAction> valid, string[] ids, int[][] preds, List<int> order)
    {
        // Kept actions stay in id order; old index -> new index.
        var kept = order.Order().ToArray();
        var map = new int[ids.Length];
        Array.Fill(map, -1);
        for (var k = 0; k < kept.Length; k++)
        {
            map[kept[k]] = k;
        }

        var newPreds = kept.Select(i => preds[i].Select(p => map[p]).ToArray()).ToArray();
        return new Dag
        {
            Ids = [.. kept.Select(i => ids[i])],
            Ticks = [.. kept.Select(i => valid[i].Duration.Ticks)],
            UsesCi = [.. kept.Select(i => valid[i].UsesCi)],
            Production = [.. kept.Select(i => valid[i].ProductionSafe)],
            Preds = newPreds,
            Succs = Successors(newPreds),
            Topo = [.. order.Select(i => map[i])],
        };
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
