namespace Sightline.Fleet.Ownership;

/// <summary>
/// A compiled CODEOWNERS pattern: a sequence of steps over path segments, each either one segment glob or
/// a globstar (zero or more whole segments). Every flavor rule (anchoring, trailing '/', "matches the
/// directory and everything under it") is expressed in the steps at compile time, so matching is one
/// segment-level wildcard match: the two-pointer algorithm again, with globstars as the stars.
/// </summary>
internal sealed partial class PathPattern
{
    /// <summary>Steps; null is a globstar.</summary>
    private readonly GlobSegment?[] _steps;
    private readonly int _minSegments;
    private readonly bool _hasGlobstar;

    private PathPattern(GlobSegment?[] steps)
    {
        _steps = steps;
        _minSegments = steps.Count(s => s is not null);
        _hasGlobstar = _minSegments < steps.Length;
    }

    /// <summary>The leading whole-literal segments of a pattern anchored at the root ("src", "app" for "/src/app/*.cs").</summary>
    public IReadOnlyList<string> LeadingLiterals =>
        [.. _steps.TakeWhile(s => s?.Literal is not null).Select(s => s!.Literal!)];

    /// <summary>The literal segments after the leading ones: every matching path contains each of them somewhere.</summary>
    public IEnumerable<string> LaterLiterals =>
        _steps.SkipWhile(s => s?.Literal is not null).Select(s => s?.Literal).OfType<string>();

    /// <summary>An extension some segment of every matching path must end with (see <see cref="GlobSegment.Extension"/>).</summary>
    public string? AnyExtension => _steps.Select(s => s?.Extension).FirstOrDefault(e => e is not null);

    /// <summary>Matches the segments of a path, given as (start, length) pairs into <paramref name="path"/>.</summary>
    public bool Matches(string path, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths)
    {
        var count = starts.Length;
        if (_never || count < _minSegments || (!_hasGlobstar && count != _minSegments))
        {
            return false;
        }

        int p = 0, s = 0, starP = -1, starS = 0;
        while (s < count)
        {
            if (p < _steps.Length && _steps[p] is null)
            {
                starP = p++;
                starS = s;
            }
            else if (p < _steps.Length && _steps[p]!.Matches(path.AsSpan(starts[s], lengths[s])))
            {
                p++;
                s++;
            }
            else if (starP >= 0)
            {
                // As in GlobSegment: returning to the latest globstar is enough, so this stays polynomial.
                p = starP + 1;
                s = ++starS;
            }
            else
            {
                return false;
            }
        }

        while (p < _steps.Length && _steps[p] is null)
        {
            p++;
        }

        return p == _steps.Length;
    }
}
