namespace Sightline.Versioning.Packagist;

/// <summary>One element of a canonicalized PHP version: a number, or a word ranked by its special form.</summary>
internal readonly record struct PhpVersionElement(bool IsNumber, long Number, int Form);

/// <summary>
/// PHP's version_compare (ext/standard/versioning.c), split into a parse step and an
/// allocation-free compare step. Canonicalisation turns '-', '_', '+' and other non-alphanumerics
/// into '.', and puts a '.' at every digit/non-digit transition; elements then compare
/// numerically, or by special form (prefix match: dev &lt; alpha = a &lt; beta = b &lt; RC = rc
/// &lt; # (a number) &lt; pl = p; any other word ranks below dev), a number against a word as "#".
/// </summary>
internal static class PhpVersionCompare
{
    private const int NumberForm = 4;

    public static PhpVersionElement[] Parse(string version)
    {
        var elements = new List<PhpVersionElement>();
        foreach (var part in Canonicalize(version).Split('.'))
        {
            if (part.Length > 0 && char.IsAsciiDigit(part[0]))
            {
                // strtol: leading digits, saturating at LONG_MAX.
                long value = 0;
                foreach (var c in part)
                {
                    value = !char.IsAsciiDigit(c) ? value : value > (long.MaxValue - (c - '0')) / 10 ? long.MaxValue : (value * 10) + (c - '0');
                }

                elements.Add(new PhpVersionElement(true, value, NumberForm));
            }
            else
            {
                elements.Add(new PhpVersionElement(false, 0, SpecialForm(part)));
            }
        }

        return [.. elements];
    }

    /// <summary>Element by element; when one side runs out, the other side's next element decides.</summary>
    public static int Compare(PhpVersionElement[] left, PhpVersionElement[] right)
    {
        var length = Math.Min(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            var (l, r) = (left[i], right[i]);
            var result = l.IsNumber && r.IsNumber ? l.Number.CompareTo(r.Number) : l.Form.CompareTo(r.Form);
            if (result != 0)
            {
                return Math.Sign(result);
            }
        }

        if (left.Length == right.Length)
        {
            return 0;
        }

        // 1.0.1 > 1.0; 1.0-beta < 1.0 (beta ranks below "#"); 1.0-patch > 1.0.
        var longer = left.Length > right.Length ? left[length] : right[length];
        var sign = longer.IsNumber ? 1 : Math.Sign(longer.Form - NumberForm);
        return left.Length > right.Length ? sign : -sign;
    }

    private static int SpecialForm(string word) =>
        word.StartsWith("dev", StringComparison.Ordinal) ? 0
        : word.StartsWith('a') ? 1
        : word.StartsWith('b') ? 2
        : word.StartsWith("RC", StringComparison.Ordinal) || word.StartsWith("rc", StringComparison.Ordinal) ? 3
        : word.StartsWith('#') ? NumberForm
        : word.StartsWith('p') ? 5
        : -1;

    /// <summary>php_canonicalize_version.</summary>
    private static string Canonicalize(string version)
    {
        if (version.Length == 0)
        {
            return version;
        }

        var buffer = new System.Text.StringBuilder(version.Length * 2);
        buffer.Append(version[0]);
        var previous = version[0];
        foreach (var c in version.AsSpan(1))
        {
            var last = buffer[^1];
            if (c is '-' or '_' or '+')
            {
                AppendDot(buffer, last);
            }
            else if ((IsNonDigit(previous) && IsDigit(c)) || (IsDigit(previous) && IsNonDigit(c)))
            {
                AppendDot(buffer, last);
                buffer.Append(c);
            }
            else if (!char.IsAsciiLetterOrDigit(c))
            {
                AppendDot(buffer, last);
            }
            else
            {
                buffer.Append(c);
            }

            previous = c;
        }

        return buffer.ToString();
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c);

    private static bool IsNonDigit(char c) => !char.IsAsciiDigit(c) && c != '.';

    private static void AppendDot(System.Text.StringBuilder buffer, char last)
    {
        if (last != '.')
        {
            buffer.Append('.');
        }
    }
}
