namespace Sightline.Remediation.Patching.Cargo.Common;

/// <summary>One replacement of [Start, End) in a text; an insertion has Start == End.</summary>
internal readonly record struct SpanEdit(int Start, int End, string Replacement);

/// <summary>Span edits and line helpers shared by the Go, PyPI, Cargo, RubyGems and Composer patchers.</summary>
internal static class SpanEdits
{
    /// <summary>Applies non-overlapping edits; everything outside them is kept byte for byte.</summary>
    public static string Apply(string text, IEnumerable<SpanEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Start).ThenBy(e => e.End).ToList();
        var builder = new System.Text.StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Start < position)
            {
                throw new InvalidOperationException("overlapping edits");
            }

            builder.Append(text, position, edit.Start - position).Append(edit.Replacement);
            position = edit.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>What the span [start, end) of the old text became in <paramref name="after"/> (edits inside it or at its end included).</summary>
    public static string Rewritten(string after, IReadOnlyCollection<SpanEdit> edits, int start, int end)
    {
        // An insertion at the start of a non-empty span counts as before it.
        bool Before(SpanEdit e) => e.Start < start || (e.Start == start && e.End == start && start != end);
        var before = edits.Where(Before).Sum(Growth);
        var inside = edits.Where(e => !Before(e) && e.Start <= end).Sum(Growth);
        return after.Substring(start + before, end - start + inside);
    }

    private static int Growth(SpanEdit edit) => edit.Replacement.Length - (edit.End - edit.Start);

    /// <summary>The file's own line ending, so inserted lines match it (CRLF files stay CRLF).</summary>
    public static string Newline(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    /// <summary>Offset just after the line holding <paramref name="offset"/> (after its '\n'), or the text's end.</summary>
    public static int LineEnd(string text, int offset)
    {
        var newline = text.IndexOf('\n', Math.Min(offset, text.Length));
        return newline < 0 ? text.Length : newline + 1;
    }

    /// <summary>Offset of the start of the line holding <paramref name="offset"/>.</summary>
    public static int LineStart(string text, int offset) =>
        offset <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(offset, text.Length) - 1) + 1;

    /// <summary>1-based line number of an offset, for problems.</summary>
    public static int LineNumber(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            line += text[i] == '\n' ? 1 : 0;
        }

        return line;
    }

    /// <summary>The leading spaces and tabs of the line holding <paramref name="offset"/>.</summary>
    public static string Indentation(string text, int offset)
    {
        var start = LineStart(text, offset);
        var end = start;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary>The text with a line appended: a missing final newline is added first.</summary>
    public static SpanEdit AppendLine(string text, string line)
    {
        var newline = Newline(text);
        var prefix = text.Length > 0 && text[^1] != '\n' ? newline : "";
        return new SpanEdit(text.Length, text.Length, prefix + line + newline);
    }
}
