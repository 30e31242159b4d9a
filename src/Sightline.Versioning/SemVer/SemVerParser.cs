using System.Diagnostics.CodeAnalysis;

namespace Sightline.Versioning.SemVer;

/// <summary>Hand-written SemVer reader: no regex, one pass, exact about what each ecosystem rejects.</summary>
internal static class SemVerParser
{
    public static bool TryParse(string? text, SemVerSyntax syntax, [NotNullWhen(true)] out SemanticVersion? version)
    {
        version = null;
        if (text is null || text.Length > syntax.MaxLength)
        {
            return false;
        }

        var s = text.AsSpan();
        if (syntax.NpmLoose)
        {
            s = s.Trim();
            while (s.Length > 0 && (s[0] == 'v' || s[0] == '=' || char.IsWhiteSpace(s[0])))
            {
                s = s[1..];
            }
        }
        else if (syntax.OptionalV && s.Length > 0 && s[0] == 'v')
        {
            s = s[1..];
        }

        if (!TryNumber(ref s, syntax, out var major) || !TryDot(ref s)
            || !TryNumber(ref s, syntax, out var minor) || !TryDot(ref s)
            || !TryNumber(ref s, syntax, out var patch))
        {
            return false;
        }

        PrereleaseIdentifier[] prerelease = [];
        var startsPrerelease = s.Length > 0 && (s[0] == '-' || (syntax.NpmLoose && char.IsAsciiLetter(s[0])));
        if (startsPrerelease)
        {
            var end = s.IndexOf('+');
            var body = end < 0 ? s : s[..end];
            if (body[0] == '-')
            {
                body = body[1..];
            }

            if (!SemVerIdentifiers.TryPrerelease(body, syntax.NpmLoose, out prerelease))
            {
                return false;
            }

            s = end < 0 ? [] : s[end..];
        }

        string? build = null;
        if (s.Length > 0)
        {
            if (s[0] != '+' || !SemVerIdentifiers.Valid(s[1..]))
            {
                return false;
            }

            build = s[1..].ToString();
            if (syntax.OnlyIncompatibleBuild && build != "incompatible")
            {
                return false;
            }
        }

        version = new SemanticVersion(text, major, minor, patch, prerelease, build);
        return true;
    }

    private static bool TryNumber(ref ReadOnlySpan<char> s, SemVerSyntax syntax, out ulong value)
    {
        value = 0;
        var length = 0;
        while (length < s.Length && char.IsAsciiDigit(s[length]))
        {
            length++;
        }

        // SemVer §2: no leading zeros; node-semver's loose mode lets them through.
        if (length == 0 || (length > 1 && s[0] == '0' && !syntax.NpmLoose))
        {
            return false;
        }

        if (!ulong.TryParse(s[..length], System.Globalization.CultureInfo.InvariantCulture, out value) || value > syntax.MaxNumber)
        {
            return false;
        }

        s = s[length..];
        return true;
    }

    private static bool TryDot(ref ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || s[0] != '.')
        {
            return false;
        }

        s = s[1..];
        return true;
    }
}
