using Sightline.Core.Model;
using Sightline.Core.Versioning;
using Sightline.Versioning;

namespace Sightline.Ecosystems.Maven.Resolution;

/// <summary>
/// A Maven version range: "[1.0,2.0)", "[1.5]", "(,1.0]", "[1.2,)", or a union "(,1.0],[1.2,)". Ordered
/// with Maven's ComparableVersion rules. A plain "1.0" is a soft requirement, not a range.
/// </summary>
internal sealed class VersionRange
{
    private static readonly IVersionScheme Scheme = VersionSchemes.For(Ecosystem.Maven)!;
    private readonly List<(IVersion? Lower, bool LowerInclusive, IVersion? Upper, bool UpperInclusive)> _intervals;

    private VersionRange(List<(IVersion?, bool, IVersion?, bool)> intervals) => _intervals = intervals;

    public static bool IsRange(string? version) => version is not null && (version.StartsWith('[') || version.StartsWith('('));

    public static VersionRange? TryParse(string text)
    {
        var intervals = new List<(IVersion?, bool, IVersion?, bool)>();
        var rest = text.Trim();
        while (rest.Length > 0)
        {
            var close = rest.IndexOfAny([']', ')']);
            if (rest[0] is not ('[' or '(') || close < 0)
            {
                return null;
            }

            var body = rest[1..close];
            var lowerInclusive = rest[0] == '[';
            var upperInclusive = rest[close] == ']';
            var comma = body.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0)
            {
                // "[1.5]" pins one version; "(1.5)" means nothing.
                if (!lowerInclusive || !upperInclusive || !Scheme.TryParse(body.Trim(), out var exact))
                {
                    return null;
                }

                intervals.Add((exact, true, exact, true));
            }
            else
            {
                IVersion? lower = null, upper = null;
                var lowerText = body[..comma].Trim();
                var upperText = body[(comma + 1)..].Trim();
                if ((lowerText.Length > 0 && !Scheme.TryParse(lowerText, out lower)) || (upperText.Length > 0 && !Scheme.TryParse(upperText, out upper)))
                {
                    return null;
                }

                intervals.Add((lower, lowerInclusive, upper, upperInclusive));
            }

            rest = rest[(close + 1)..].TrimStart();
            if (rest.StartsWith(','))
            {
                rest = rest[1..].TrimStart();
            }
        }

        return intervals.Count == 0 ? null : new VersionRange(intervals);
    }

    public bool Contains(IVersion version)
    {
        foreach (var (lower, lowerInclusive, upper, upperInclusive) in _intervals)
        {
            var aboveLower = lower is null || (lowerInclusive ? version.CompareTo(lower) >= 0 : version.CompareTo(lower) > 0);
            var belowUpper = upper is null || (upperInclusive ? version.CompareTo(upper) <= 0 : version.CompareTo(upper) < 0);
            if (aboveLower && belowUpper)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The highest of <paramref name="versions"/> inside the range, as Maven picks; null when none is.</summary>
    public string? Highest(IEnumerable<string> versions)
    {
        IVersion? best = null;
        foreach (var text in versions)
        {
            if (Scheme.TryParse(text, out var version) && Contains(version) && (best is null || version.CompareTo(best) > 0))
            {
                best = version;
            }
        }

        return best?.Text;
    }
}
