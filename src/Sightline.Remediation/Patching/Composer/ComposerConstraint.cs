using Sightline.Remediation.Patching.Cargo.Common;

namespace Sightline.Remediation.Patching.Composer;

/// <summary>Composer's constraint syntax: comparators joined by ',' or spaces (AND), "@stability" flags kept.</summary>
internal static class ComposerConstraint
{
    /// <summary>The clauses of [start, end), or a reason the constraint is out of scope (alternatives, hyphen ranges).</summary>
    public static (List<Clause> Clauses, string? Problem) Parse(string text, int start, int end)
    {
        var content = text[start..end];
        if (content.Contains('|', StringComparison.Ordinal))
        {
            return ([], "alternatives ('||') are not edited: choose the branch by hand");
        }

        if (content.Contains(" - ", StringComparison.Ordinal))
        {
            return ([], "hyphen ranges are not edited");
        }

        if (content.StartsWith("dev-", StringComparison.Ordinal) || content.Contains("-dev", StringComparison.Ordinal))
        {
            return ([], "a branch constraint names no release to raise");
        }

        var clauses = new List<Clause>();
        var position = start;
        while (position < end)
        {
            while (position < end && (text[position] is ',' || char.IsWhiteSpace(text[position])))
            {
                position++;
            }

            if (position == end)
            {
                break;
            }

            var clauseStart = position;
            while (position < end && text[position] is '>' or '<' or '=' or '!' or '^' or '~')
            {
                position++;
            }

            var op = text[clauseStart..position];
            while (position < end && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var versionStart = position;
            while (position < end && text[position] is not (',' or ' ' or '\t' or '@'))
            {
                position++;
            }

            var versionEnd = position;
            while (position < end && text[position] is not (',' or ' ' or '\t'))
            {
                position++;
            }

            var version = text[versionStart..versionEnd];
            clauses.Add(new Clause(Kind(op, version), clauseStart, position, versionStart, versionEnd, version));
        }

        return (clauses, null);
    }

    private static ClauseKind Kind(string op, string version) => version switch
    {
        "*" => ClauseKind.Any,
        _ when version.EndsWith('*') => op is "!=" or "<>" ? ClauseKind.NotEqual : ClauseKind.Wildcard,
        _ => op switch
        {
            ">=" => ClauseKind.AtLeast,
            ">" => ClauseKind.Greater,
            "<=" => ClauseKind.AtMost,
            "<" => ClauseKind.Below,
            "!=" or "<>" => ClauseKind.NotEqual,
            "^" => ClauseKind.Caret,
            "~" => ClauseKind.Pessimistic,
            _ => ClauseKind.Exact,
        },
    };
}
