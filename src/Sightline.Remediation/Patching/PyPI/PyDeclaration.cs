using Sightline.Remediation.Patching.Cargo.Common;

namespace Sightline.Remediation.Patching.PyPI;

/// <summary>
/// One place a Python manifest declares a distribution: where (for the change line), its clauses, where an
/// added lower bound goes and with which separator, the span shown in the change, or why it cannot be edited.
/// </summary>
internal sealed record PyDeclaration(
    string Where,
    string Name,
    IReadOnlyList<Clause> Clauses,
    int AppendAt,
    string Separator,
    int SpanStart,
    int SpanEnd,
    string? Problem);

/// <summary>The requirement lines of a requirements or constraints file: continuation lines joined, comments and options set aside.</summary>
internal static class RequirementsFile
{
    public static List<PyDeclaration> Declarations(string text, out bool hashed)
    {
        var declarations = new List<PyDeclaration>();
        hashed = false;
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        while (start < text.Length)
        {
            var end = LogicalEnd(text, start);
            var line = text[start..end];
            var lineHashed = line.Contains("--hash", StringComparison.Ordinal);
            hashed |= lineHashed;
            var contentEnd = ContentEnd(text, start, end);
            var first = start;
            while (first < contentEnd && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            if (first < contentEnd && text[first] != '-' && Pep508.Parse(text, first, contentEnd) is { } requirement)
            {
                var problem = lineHashed ? "is hash-pinned (--hash): new hashes are needed, so it is left to pip-compile or a manual update" : requirement.Problem;
                declarations.Add(new PyDeclaration("requirements", requirement.Name, requirement.Clauses, requirement.AppendAt, ",", requirement.Start, requirement.End, problem));
            }

            start = end;
        }

        return declarations;
    }

    // A line ending in a backslash continues on the next one.
    private static int LogicalEnd(string text, int start)
    {
        var end = SpanEdits.LineEnd(text, start);
        while (end < text.Length && text.AsSpan(start, end - start).TrimEnd("\r\n").EndsWith("\\"))
        {
            end = SpanEdits.LineEnd(text, end);
        }

        return end;
    }

    // The requirement part: before a comment (" #") and before per-requirement options (" --hash", " \").
    private static int ContentEnd(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var afterSpace = i == start || char.IsWhiteSpace(text[i - 1]);
            if ((text[i] == '#' && afterSpace) || (text[i] == '-' && i + 1 < end && text[i + 1] == '-' && afterSpace && i > start)
                || text[i] is '\\' or '\r' or '\n')
            {
                return i;
            }
        }

        return end;
    }
}
