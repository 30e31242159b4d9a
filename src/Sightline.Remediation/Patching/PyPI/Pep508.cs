using Sightline.Remediation.Patching.Cargo.Common;

namespace Sightline.Remediation.Patching.PyPI;

/// <summary>A PEP 508 requirement located in a text: its name, its specifier clauses and where a new clause goes.</summary>
internal sealed record Pep508Requirement(string Name, int Start, int End, IReadOnlyList<Clause> Clauses, int AppendAt, string? Problem);

/// <summary>Reads "name[extras] (specifiers) ; marker" and "name @ url" inside [start, end) of a text.</summary>
internal static class Pep508
{
    /// <summary>The requirement, or null when the span does not start with a distribution name followed by a specifier, extras, '@', ';' or nothing.</summary>
    public static Pep508Requirement? Parse(string text, int start, int end)
    {
        var position = Skip(text, start, end);
        var nameStart = position;
        while (position < end && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '.' or '_' or '-'))
        {
            position++;
        }

        if (position == nameStart || !char.IsAsciiLetterOrDigit(text[nameStart]))
        {
            return null;
        }

        var name = text[nameStart..position];
        var afterName = position;
        position = Skip(text, position, end);
        if (position < end && text[position] == '[')
        {
            var close = text.IndexOf(']', position, end - position);
            if (close < 0)
            {
                return null;
            }

            afterName = close + 1;
            position = Skip(text, close + 1, end);
        }

        var markerAt = text.IndexOf(';', position, end - position);
        var specEnd = markerAt < 0 ? end : markerAt;
        while (specEnd > position && char.IsWhiteSpace(text[specEnd - 1]))
        {
            specEnd--;
        }

        if (position < end && text[position] == '@')
        {
            return new Pep508Requirement(name, nameStart, specEnd, [], afterName, "is installed from a URL (name @ url)");
        }

        if (position < specEnd && text[position] is not ('(' or '=' or '<' or '>' or '!' or '~'))
        {
            return null;
        }

        var parenthesized = position < specEnd && text[position] == '(' && text[specEnd - 1] == ')';
        var clausesStart = parenthesized ? position + 1 : position;
        var clausesEnd = parenthesized ? specEnd - 1 : specEnd;
        var (clauses, problem) = PySpecifiers.Parse(text, clausesStart, clausesEnd, poetry: false);
        var appendAt = clauses.Count > 0 ? clauses[^1].End : parenthesized ? clausesEnd : afterName;
        return new Pep508Requirement(name, nameStart, Math.Max(specEnd, afterName), clauses, appendAt, problem);
    }

    private static int Skip(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
