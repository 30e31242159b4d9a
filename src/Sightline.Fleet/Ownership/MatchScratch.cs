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
    private int[] _candidates = new int[64];

    public static MatchScratch Current => t_current ??= new MatchScratch();

    public int SegmentCount { get; private set; }

    public int CandidateCount { get; private set; }

    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, SegmentCount);

    public ReadOnlySpan<int> Lengths => _lengths.AsSpan(0, SegmentCount);

    public int[] SectionState { get; set; } = [];

    public int[] SectionWinner { get; set; } = [];

    /// <summary>Splits at '/', skipping empty segments (a leading '/', a doubled one).</summary>
    public void Split(string path)
    {
        SegmentCount = 0;
        CandidateCount = 0;
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

    public void AddCandidates(int[] rules)
    {
        if (CandidateCount + rules.Length > _candidates.Length)
        {
            Array.Resize(ref _candidates, Math.Max(_candidates.Length * 2, CandidateCount + rules.Length));
        }

        rules.CopyTo(_candidates, CandidateCount);
        CandidateCount += rules.Length;
    }

    /// <summary>The candidates, highest rule index first, each once.</summary>
    public ReadOnlySpan<int> SortedCandidates()
    {
        var span = _candidates.AsSpan(0, CandidateCount);
        span.Sort(static (a, b) => b.CompareTo(a));
        var kept = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (kept == 0 || span[kept - 1] != span[i])
            {
                span[kept++] = span[i];
            }
        }

        return span[..kept];
    }
}
