using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Sightline.Core.Versioning;

namespace Sightline.Remediation.Patching.Cargo.Common;

/// <summary>The leading numeric components of a version ("v2.2.6rc1" → 2, 2, 6), for prefix and precision checks.</summary>
internal static class VersionParts
{
    public static IReadOnlyList<long> Numbers(string version)
    {
        var text = version.TrimStart('v', 'V');
        var numbers = new List<long>();
        foreach (var part in text.Split('.'))
        {
            var digits = 0;
            while (digits < part.Length && digits < 18 && char.IsAsciiDigit(part[digits]))
            {
                digits++;
            }

            if (digits == 0)
            {
                break;
            }

            numbers.Add(long.Parse(part.AsSpan(0, digits), CultureInfo.InvariantCulture));
            if (digits < part.Length)
            {
                break;
            }
        }

        return numbers;
    }

    /// <summary>Parses a version, padding a partial one ("1", "2.0") with zeros when the scheme wants three components.</summary>
    public static bool TryParse(IVersionScheme scheme, string text, [NotNullWhen(true)] out IVersion? version)
    {
        if (scheme.TryParse(text, out version))
        {
            return true;
        }

        var numbers = Numbers(text);
        if (numbers.Count is 0 or >= 3 || string.Join('.', numbers) != text.TrimStart('v', 'V'))
        {
            return false;
        }

        var padded = string.Join('.', numbers.Concat(Enumerable.Repeat(0L, 3 - numbers.Count)));
        return scheme.TryParse(text.StartsWith('v') ? "v" + padded : padded, out version);
    }

    /// <summary>Whether <paramref name="version"/> starts with the numbers of a wildcard ("7.4.*" matches 7.4.6).</summary>
    public static bool MatchesPrefix(string version, string wildcard)
    {
        var prefix = Numbers(wildcard.TrimEnd('*').TrimEnd('.'));
        return SharesFirst(string.Join('.', prefix), version, prefix.Count);
    }

    /// <summary>Whether the first <paramref name="count"/> components of both versions are equal.</summary>
    public static bool SharesFirst(string a, string b, int count)
    {
        var left = Numbers(a);
        var right = Numbers(b);
        if (left.Count < count || right.Count < count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (left[i] != right[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The lowest version a wildcard admits: "7.4.*" → "7.4".</summary>
    public static string WildcardFloor(string wildcard) => wildcard.TrimEnd('*').TrimEnd('.');
}
