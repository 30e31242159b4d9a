using Sightline.Core.Versioning;

namespace Sightline.Versioning.RubyGems;

/// <summary>A segment: a number (digits without leading zeros, any length) or a run of letters.</summary>
internal readonly record struct RubyGemsSegment(string Value, bool IsText)
{
    public bool IsZero => !IsText && Value == "0";

    public static RubyGemsSegment Number(string digits) => new(digits, false);

    public static RubyGemsSegment Text(string letters) => new(letters, true);
}

/// <summary>A gem version stored as its canonical segments, compared as Gem::Version#&lt;=&gt; does.</summary>
internal sealed class RubyGemsVersion : IVersion
{
    private static readonly RubyGemsSegment Zero = RubyGemsSegment.Number("0");

    private readonly RubyGemsSegment[] segments;

    public RubyGemsVersion(string text, RubyGemsSegment[] segments, bool isPrerelease)
    {
        Text = text;
        this.segments = segments;
        IsPrerelease = isPrerelease;
    }

    public string Text { get; }

    /// <summary>Gem::Version#prerelease?: any letter in the version.</summary>
    public bool IsPrerelease { get; }

    /// <summary>
    /// Segment by segment, a missing segment counting as 0: a string sorts before a number,
    /// numbers compare numerically and strings byte-wise (so "A" &lt; "a", as in Ruby).
    /// </summary>
    public int CompareTo(IVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (other is not RubyGemsVersion that)
        {
            throw new ArgumentException("only RubyGems versions compare with RubyGems versions", nameof(other));
        }

        var length = Math.Max(segments.Length, that.segments.Length);
        for (var i = 0; i < length; i++)
        {
            var left = i < segments.Length ? segments[i] : Zero;
            var right = i < that.segments.Length ? that.segments[i] : Zero;
            if (left.IsText != right.IsText)
            {
                return left.IsText ? -1 : 1;
            }

            var result = left.IsText ? string.CompareOrdinal(left.Value, right.Value) : CompareDigits(left.Value, right.Value);
            if (result != 0)
            {
                return Math.Sign(result);
            }
        }

        return 0;
    }

    public override string ToString() => Text;

    private static int CompareDigits(string left, string right) =>
        left.Length != right.Length ? left.Length.CompareTo(right.Length) : string.CompareOrdinal(left, right);
}
