using System.Globalization;
using System.Text.RegularExpressions;

namespace Sightline.Versioning.PyPI;

/// <summary>
/// PEP 440 parsing with packaging's VERSION_PATTERN (case-insensitive, surrounding whitespace
/// allowed) and its normalisation: alpha/a, beta/b, c/pre/preview/rc spellings, implicit zero
/// numbers, "-N" as a post-release, rev/r as post, and local labels split on '.', '-' and '_'.
/// </summary>
internal static partial class PyPIParser
{
    /// <summary>Numbers longer than this would overflow a long; packaging allows them, we reject them.</summary>
    private const int MaxDigits = 18;

    public static PyPIVersion? Parse(string text)
    {
        var match = VersionPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var numbers = new List<long>();
        foreach (var part in match.Groups["release"].Value.Split('.'))
        {
            if (!TryNumber(part, out var segment))
            {
                return null;
            }

            numbers.Add(segment);
        }

        // Release segments compare with implicit zero padding, so trailing zeros carry no meaning.
        while (numbers.Count > 1 && numbers[^1] == 0)
        {
            numbers.RemoveAt(numbers.Count - 1);
        }

        if (!TryNumber(match.Groups["epoch"], out var epoch)
            || !TryNumber(match.Groups["pre_n"], out var preNumber)
            || !TryNumber(match.Groups["post_n1"].Success ? match.Groups["post_n1"] : match.Groups["post_n2"], out var postNumber)
            || !TryNumber(match.Groups["dev_n"], out var devNumber))
        {
            return null;
        }

        var local = match.Groups["local"].Success ? ParseLocal(match.Groups["local"].Value) : null;
        if (match.Groups["local"].Success && local is null)
        {
            return null;
        }

        return new PyPIVersion(
            text,
            epoch,
            [.. numbers],
            match.Groups["pre_l"].Success ? PreKind(match.Groups["pre_l"].Value) : (PyPIPreKind?)null,
            preNumber,
            match.Groups["post"].Success ? postNumber : null,
            match.Groups["dev"].Success ? devNumber : null,
            local);
    }

    private static PyPIPreKind PreKind(string label) => label.ToLowerInvariant() switch
    {
        "a" or "alpha" => PyPIPreKind.Alpha,
        "b" or "beta" => PyPIPreKind.Beta,
        _ => PyPIPreKind.ReleaseCandidate, // rc, c, pre, preview
    };

    /// <summary>Local labels: numeric parts compare as integers, others as lower-cased strings.</summary>
    private static PyPILocalPart[]? ParseLocal(string local)
    {
        var parts = local.Split(['.', '-', '_']);
        var result = new PyPILocalPart[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.All(char.IsAsciiDigit))
            {
                if (!TryNumber(part, out var number))
                {
                    return null;
                }

                result[i] = new PyPILocalPart(number, null);
            }
            else
            {
                result[i] = new PyPILocalPart(0, part.ToLowerInvariant());
            }
        }

        return result;
    }

    /// <summary>A missing group is the implicit 0 of "1.0a" == "1.0a0".</summary>
    private static bool TryNumber(Group group, out long value)
    {
        value = 0;
        return !group.Success || TryNumber(group.Value, out value);
    }

    private static bool TryNumber(string digits, out long value)
    {
        var trimmed = digits.TrimStart('0');
        value = 0;
        return trimmed.Length <= MaxDigits
            && (trimmed.Length == 0 || long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value));
    }

    // packaging.version.VERSION_PATTERN, anchored, with \s* around as packaging's Version() allows.
    [GeneratedRegex(
        @"^\s*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\.[0-9]+)*)"
        + @"(?<pre>[-_\.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_\.]?(?<pre_n>[0-9]+)?)?"
        + @"(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_\.]?(?<post_l>post|rev|r)[-_\.]?(?<post_n2>[0-9]+)?))?"
        + @"(?<dev>[-_\.]?(?<dev_l>dev)[-_\.]?(?<dev_n>[0-9]+)?)?)"
        + @"(?:\+(?<local>[a-z0-9]+(?:[-_\.][a-z0-9]+)*))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex VersionPattern();
}
