using Sightline.Remediation.Patching.Cargo.Common;

namespace Sightline.Remediation.Patching.PyPI;

/// <summary>
/// PEP 440 specifier sets ("&gt;=1.2,&lt;2", "~=1.4", "==2.*") and Poetry constraints ("^1.2", "~1.2", "1.2.3",
/// "&gt;=1.2 &lt;2"): comparators separated by commas or spaces, with absolute spans.
/// </summary>
internal static class PySpecifiers
{
    private static readonly string[] Operators = ["===", "==", "!=", "~=", ">=", "<=", "^", "~", ">", "<", "="];

    /// <summary>The clauses of [start, end); <paramref name="poetry"/> reads "~" as Poetry's tilde and a bare version as exact.</summary>
    public static (List<Clause> Clauses, string? Problem) Parse(string text, int start, int end, bool poetry)
    {
        if (text.AsSpan(start, end - start).Contains('|'))
        {
            return ([], "alternatives ('||') are not edited");
        }

        var clauses = new List<Clause>();
        var position = start;
        while (position < end)
        {
            while (position < end && (text[position] == ',' || char.IsWhiteSpace(text[position])))
            {
                position++;
            }

            if (position == end)
            {
                break;
            }

            var clauseStart = position;
            var op = Operators.FirstOrDefault(o => string.CompareOrdinal(text, position, o, 0, o.Length) == 0) ?? "";
            position += op.Length;
            while (position < end && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var versionStart = position;
            while (position < end && text[position] != ',' && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var version = text[versionStart..position];
            if (version.Length == 0 || (op.Length == 0 && !poetry && version != "*"))
            {
                return ([], $"'{text[clauseStart..end]}' is not a version specifier");
            }

            clauses.Add(new Clause(Kind(op, version, poetry), clauseStart, position, versionStart, position, version));
        }

        return (clauses, null);
    }

    private static ClauseKind Kind(string op, string version, bool poetry) => version switch
    {
        "*" => ClauseKind.Any,
        _ when version.EndsWith(".*", StringComparison.Ordinal) => op == "!=" ? ClauseKind.NotEqual : ClauseKind.Wildcard,
        _ => op switch
        {
            ">=" => ClauseKind.AtLeast,
            ">" => ClauseKind.Greater,
            "<=" => ClauseKind.AtMost,
            "<" => ClauseKind.Below,
            "!=" => ClauseKind.NotEqual,
            "~=" => ClauseKind.Pessimistic,
            "^" => ClauseKind.Caret,
            "~" => poetry ? ClauseKind.Tilde : ClauseKind.Pessimistic,
            _ => ClauseKind.Exact,
        },
    };
}
