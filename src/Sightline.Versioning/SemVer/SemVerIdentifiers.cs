namespace Sightline.Versioning.SemVer;

/// <summary>Pre-release and build identifiers (SemVer §9, §10), shared by every SemVer-family syntax.</summary>
internal static class SemVerIdentifiers
{
    public static bool TryPrerelease(ReadOnlySpan<char> body, bool allowLeadingZeros, out PrereleaseIdentifier[] identifiers)
    {
        identifiers = [];
        if (!Valid(body))
        {
            return false;
        }

        var list = new List<PrereleaseIdentifier>();
        foreach (var range in body.Split('.'))
        {
            var part = body[range];
            if (!part.ContainsAnyExceptInRange('0', '9'))
            {
                if (part.Length > 1 && part[0] == '0' && !allowLeadingZeros)
                {
                    return false;
                }

                var digits = part.TrimStart('0');
                list.Add(new PrereleaseIdentifier(digits.Length == 0 ? "0" : digits.ToString(), IsNumeric: true));
            }
            else
            {
                list.Add(new PrereleaseIdentifier(part.ToString(), IsNumeric: false));
            }
        }

        identifiers = [.. list];
        return true;
    }

    /// <summary>Dot-separated, non-empty, [0-9A-Za-z-] only (SemVer §9 and §10).</summary>
    public static bool Valid(ReadOnlySpan<char> body)
    {
        if (body.Length == 0)
        {
            return false;
        }

        foreach (var range in body.Split('.'))
        {
            var part = body[range];
            if (part.Length == 0)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }
        }

        return true;
    }
}
