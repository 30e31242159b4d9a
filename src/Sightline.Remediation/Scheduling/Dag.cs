namespace Sightline.Remediation.Scheduling;

/// <summary>
/// The schedulable (acyclic) part of a request, compacted and indexed in ordinal id order, so that breaking a
/// tie by index is breaking it by id.
/// </summary>
internal sealed class Dag
{
    public required string[] Ids { get; init; }

    public required long[] Ticks { get; init; }

    public required bool[] UsesCi { get; init; }

    public required bool[] Production { get; init; }

    public required int[][] Preds { get; init; }

    public required int[][] Succs { get; init; }

    /// <summary>A topological order; among ready actions the smallest id comes first.</summary>
    public required int[] Topo { get; init; }

    public int Count => Ids.Length;

    /// <summary>Topological level: 0 without predecessors, else one more than the deepest predecessor.</summary>
    public int[] Waves()
    {
        var wave = new int[Count];
        foreach (var i in Topo)
        {
            foreach (var p in Preds[i])
            {
                wave[i] = Math.Max(wave[i], wave[p] + 1);
            }
        }

        return wave;
    }

    /// <summary>Position of each action in <see cref="Topo"/>.</summary>
    public int[] TopoRank()
    {
        var rank = new int[Count];
        for (var k = 0; k < Topo.Length; k++)
        {
            rank[Topo[k]] = k;
        }

        return rank;
    }

    /// <summary>Longest path from each action's start to the end of the graph (its duration included).</summary>
    public long[] Tails(long[] duration)
    {
        var tail = new long[Count];
        for (var k = Topo.Length - 1; k >= 0; k--)
        {
            var i = Topo[k];
            var next = 0L;
            foreach (var s in Succs[i])
            {
                next = Math.Max(next, tail[s]);
            }

            tail[i] = duration[i] + next;
        }

        return tail;
    }

    /// <summary>Longest path from each action's start to the end of a production-safe action; -1 when none follows.</summary>
    public long[] ProductionTails(long[] duration)
    {
        var tail = new long[Count];
        for (var k = Topo.Length - 1; k >= 0; k--)
        {
            var i = Topo[k];
            var next = Production[i] ? 0L : -1L;
            foreach (var s in Succs[i])
            {
                next = Math.Max(next, tail[s]);
            }

            tail[i] = next < 0 ? -1 : duration[i] + next;
        }

        return tail;
    }
}
