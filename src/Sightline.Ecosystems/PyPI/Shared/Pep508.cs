namespace Sightline.Ecosystems.PyPI.Shared;

/// <summary>A PEP 508 requirement: "name[extra,...] (specifier) ; marker" or "name[extra] @ url ; marker".</summary>
internal sealed record Pep508Requirement(string Name, IReadOnlyList<string> Extras, string? Specifier, string? Marker, string? Url)
{
    /// <summary>The pinned version of "==1.2" or "===1.2" (no wildcard, no second clause), else null.</summary>
    public string? PinnedVersion => Pep508.PinnedVersion(Specifier);
}

/// <summary>
/// Parses PEP 508 requirement strings by hand (no regular expression, linear in the input). Markers are kept as
/// written, never evaluated.
/// </summary>
internal static class Pep508
{
    public static Pep508Requirement? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        var end = 0;
        while (end < s.Length && IsNameChar(s[end]))
        {
            end++;
        }

        if (end == 0 || !char.IsAsciiLetterOrDigit(s[0]))
        {
            return null;
        }

        var name = s[..end].TrimEnd('.', '-', '_');
        var rest = s[end..].TrimStart();
        var extras = new List<string>();
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return null;
            }

            extras.AddRange(rest[1..close].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            rest = rest[(close + 1)..].TrimStart();
        }

        string? url = null;
        string? marker = null;
        if (rest.StartsWith('@'))
        {
            // In the URL form a marker needs whitespace before its ';' (a URL may contain ';').
            rest = rest[1..].Trim();
            var semi = rest.IndexOf(" ;", StringComparison.Ordinal);
            url = (semi < 0 ? rest : rest[..semi]).Trim();
            marker = semi < 0 ? null : Empty(rest[(semi + 2)..]);
            return url.Length == 0 ? null : new Pep508Requirement(name, extras, null, marker, url);
        }

        var semicolon = rest.IndexOf(';', StringComparison.Ordinal);
        if (semicolon >= 0)
        {
            marker = Empty(rest[(semicolon + 1)..]);
            rest = rest[..semicolon];
        }

        var specifier = rest.Trim();
        if (specifier.StartsWith('(') && specifier.EndsWith(')'))
        {
            specifier = specifier[1..^1];
        }

        specifier = string.Concat(specifier.Where(c => !char.IsWhiteSpace(c)));
        if (!specifier.All(IsSpecifierChar) || (specifier.Length > 0 && !specifier.Split(',').All(IsClause)))
        {
            return null;
        }

        return new Pep508Requirement(name, extras, Empty(specifier), marker, url);
    }

    public static string? PinnedVersion(string? specifier)
    {
        if (string.IsNullOrEmpty(specifier) || specifier.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        var version = specifier.StartsWith("===", StringComparison.Ordinal) ? specifier[3..]
            : specifier.StartsWith("==", StringComparison.Ordinal) ? specifier[2..]
            : null;
        return string.IsNullOrWhiteSpace(version) || version.Contains('*', StringComparison.Ordinal) ? null : version.Trim();
    }

    private static readonly string[] Operators = ["===", "==", "!=", "~=", "<=", ">=", "<", ">"];

    /// <summary>One clause of a specifier: an operator and a version ("&gt;=1.2", "!=1.5.*").</summary>
    private static bool IsClause(string clause)
    {
        var op = Operators.FirstOrDefault(o => clause.StartsWith(o, StringComparison.Ordinal));
        return op is not null && clause.Length > op.Length && char.IsAsciiLetterOrDigit(clause[op.Length]);
    }

    private static bool IsSpecifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '*' or '+' or '!' or '<' or '>' or '=' or '~' or ',' or '-' or '_';

    public static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';

    private static string? Empty(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
