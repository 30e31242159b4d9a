using Sightline.Remediation.Patching.Cargo.Common;

namespace Sightline.Remediation.Patching.Cargo;

/// <summary>Cargo's requirement syntax: comma-separated comparators; a bare version is a caret requirement.</summary>
internal static class CargoRequirement
{
    /// <summary>The comparators of the string content [start, end) of <paramref name="text"/>, with absolute spans.</summary>
    public static List<Clause> Parse(string text, int start, int end)
    {
        var clauses = new List<Clause>();
        var position = start;
        while (position < end)
        {
            var comma = text.IndexOf(',', position, end - position);
            var partEnd = comma < 0 ? end : comma;
            var clause = ParseOne(text, position, partEnd);
            if (clause is { } parsed)
            {
                clauses.Add(parsed);
            }

            position = partEnd + 1;
        }

        return clauses;
    }

    private static Clause? ParseOne(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return null;
        }

        var (kind, length) = text.AsSpan(start, end - start) switch
        {
            var s when s.StartsWith(">=") => (ClauseKind.AtLeast, 2),
            var s when s.StartsWith("<=") => (ClauseKind.AtMost, 2),
            var s when s.StartsWith(">") => (ClauseKind.Greater, 1),
            var s when s.StartsWith("<") => (ClauseKind.Below, 1),
            var s when s.StartsWith("=") => (ClauseKind.Exact, 1),
            var s when s.StartsWith("^") => (ClauseKind.Caret, 1),
            var s when s.StartsWith("~") => (ClauseKind.Tilde, 1),
            _ => (ClauseKind.Caret, 0),
        };
        var versionStart = start + length;
        while (versionStart < end && char.IsWhiteSpace(text[versionStart]))
        {
            versionStart++;
        }

        var version = text[versionStart..end];
        if (version == "*")
        {
            kind = ClauseKind.Any;
        }
        else if (version.EndsWith(".*", StringComparison.Ordinal))
        {
            kind = ClauseKind.Wildcard;
        }

        return new Clause(kind, start, end, versionStart, end, version);
    }
}
