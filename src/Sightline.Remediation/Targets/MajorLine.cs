using Sightline.Core.Model;

namespace Sightline.Remediation.Targets;

/// <summary>
/// The compatibility line a version belongs to, read from its text: the major, or "0.minor" for 0.x
/// versions where the ecosystem's caret ranges treat a 0.x minor bump as breaking (npm, crates.io,
/// Packagist). Go stays on the major: the go command has no ranges and golang.org/x modules live on v0.
/// </summary>
internal static class MajorLine
{
    /// <summary>"2", "0.3", "1!4" (a PEP 440 epoch); null when the text does not start with a number.</summary>
    public static string? Key(Ecosystem ecosystem, string version)
    {
        var span = version.AsSpan().Trim();
        if (span.Length > 0 && (span[0] == 'v' || span[0] == 'V'))
        {
            span = span[1..];
        }

        var epoch = string.Empty;
        if (ecosystem == Ecosystem.PyPI && span.IndexOf('!') is var bang and > 0)
        {
            epoch = Number(span[..bang]) is { } e ? e + "!" : string.Empty;
            span = span[(bang + 1)..];
        }

        var majorLength = DigitCount(span);
        if (majorLength == 0)
        {
            return null;
        }

        var major = Number(span[..majorLength])!;
        if (major == "0" && ZeroMinorIsBreaking(ecosystem) && span.Length > majorLength + 1 && span[majorLength] == '.')
        {
            var rest = span[(majorLength + 1)..];
            var minorLength = DigitCount(rest);
            if (minorLength > 0)
            {
                return "0." + Number(rest[..minorLength]);
            }
        }

        return epoch + major;
    }

    /// <summary>"2.x", "0.3.x".</summary>
    public static string Label(string key) => key + ".x";

    private static bool ZeroMinorIsBreaking(Ecosystem ecosystem) =>
        ecosystem is Ecosystem.Npm or Ecosystem.Cargo or Ecosystem.Packagist;

    private static int DigitCount(ReadOnlySpan<char> span)
    {
        var count = 0;
        while (count < span.Length && char.IsAsciiDigit(span[count]))
        {
            count++;
        }

        return count;
    }

    /// <summary>Digits without leading zeros ("007" is "7"), so "1.0" and "01.0" share a line.</summary>
    private static string? Number(ReadOnlySpan<char> digits)
    {
        if (digits.Length == 0 || DigitCount(digits) != digits.Length)
        {
            return null;
        }

        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed.ToString();
    }
}
