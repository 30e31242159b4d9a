namespace Sightline.Fleet.Ownership;

/// <summary>
/// Per-thread working memory for one lookup: the path's segments and the candidate rules. Reused so a
/// million lookups allocate nothing but their results, and thread-static so lookups may run in parallel.
/// </summary>
internal sealed class MatchScratch
{
    [ThreadStatic]
    private static MatchScratch? t_current;

    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private int[][] _lists = new int[16][];
    private int[] _next = new int[16];

    public static MatchScratch Current => t_current ??= new MatchScratch();

    public int SegmentCount { get; private set; }

    public int ListCount { get; private set; }

    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, SegmentCount);

    public ReadOnlySpan<int> Lengths => _lengths.AsSpan(0, SegmentCount);

    public int[] SectionState { get; set; } = [];

    public int[] SectionWinner { get; set; } = [];

    /// <summary>Splits at '/', skipping empty segments (a leading '/', a doubled one).</summary>
    public void Split(string path)
    {
        SegmentCount = 0;
        ListCount = 0;
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != '/')
            {
                continue;
            }

            if (i > start)
            {
                if (SegmentCount == _starts.Length)
                {
                    Array.Resize(ref _starts, _starts.Length * 2);
                    Array.Resize(ref _lengths, _lengths.Length * 2);
                }

                _starts[SegmentCount] = start;
                _lengths[SegmentCount++] = i - start;
            }

            start = i + 1;
        }
    }

    /// <summary>Adds a list of candidate rules, ascending as the index keeps them; nothing is copied.</summary>
    public void AddCandidates(int[] rules)
    {
        if (rules.Length == 0)
        {
            return;
        }

        if (_lists.Length == ListCount)
        {
            Array.Resize(ref _lists, ListCount * 2);
            Array.Resize(ref _next, ListCount * 2);
        }

        _lists[ListCount] = rules;
        _next[ListCount++] = rules.Length - 1;
    }

    /// <summary>
    /// The next candidate, highest rule index first, each once; -1 when none is left. A lazy merge of the
    /// lists: a GitHub lookup stops at its first match, so most candidates are never ordered at all.
    /// </summary>
    public int NextCandidate()
    {
        var best = -1;
        for (var i = 0; i < ListCount; i++)
        {
            if (_next[i] >= 0 && _lists[i][_next[i]] > best)
            {
                best = _lists[i][_next[i]];
            }
        }

        for (var i = 0; i < ListCount && best >= 0; i++)
        {
            if (_next[i] >= 0 && _lists[i][_next[i]] == best)
            {
                _next[i]--;
            }
        }

        return best;
    }
}
