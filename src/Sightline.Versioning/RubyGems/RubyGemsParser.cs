using System.Text.RegularExpressions;

namespace Sightline.Versioning.RubyGems;

/// <summary>
/// Gem::Version.new: validate against ANCHORED_VERSION_PATTERN, strip, turn every '-' into
/// ".pre." (so 1.0.0-rc1 is 1.0.0.pre.rc1), split into digit runs and letter runs, then keep
/// canonical_segments: trailing zeros dropped from the numeric head and from the rest separately.
/// </summary>
internal static partial class RubyGemsParser
{
    public static RubyGemsVersion? Parse(string text)
    {
        // Gem::Version turns a blank string into "0"; a blank advisory version is a data error, so
        // it is rejected here instead.
        if (string.IsNullOrWhiteSpace(text) || !AnchoredVersionPattern().IsMatch(text))
        {
            return null;
        }

        var version = text.Trim(' ', '\t', '\r', '\n', '\f', '\v').Replace("-", ".pre.", StringComparison.Ordinal);
        var segments = new List<RubyGemsSegment>();
        foreach (Match run in SegmentRun().Matches(version))
        {
            var value = run.Value;
            segments.Add(char.IsAsciiDigit(value[0])
                ? RubyGemsSegment.Number(value.TrimStart('0') is { Length: > 0 } digits ? digits : "0")
                : RubyGemsSegment.Text(value));
        }

        var firstText = segments.FindIndex(s => s.IsText);
        var head = firstText < 0 ? segments : segments[..firstText];
        var tail = firstText < 0 ? [] : segments[firstText..];
        return new RubyGemsVersion(text, [.. DropTrailingZeros(head), .. DropTrailingZeros(tail)], version.Any(char.IsAsciiLetter));
    }

    private static List<RubyGemsSegment> DropTrailingZeros(List<RubyGemsSegment> segments)
    {
        var count = segments.Count;
        while (count > 0 && segments[count - 1].IsZero)
        {
            count--;
        }

        return segments[..count];
    }

    // Gem::Version::ANCHORED_VERSION_PATTERN; Ruby's \s is [ \t\r\n\f\v] and \z is the very end.
    [GeneratedRegex(
        @"\A[ \t\r\n\f\v]*([0-9]+(?>\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?)?[ \t\r\n\f\v]*\z",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AnchoredVersionPattern();

    [GeneratedRegex("[0-9]+|[a-zA-Z]+", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentRun();
}
