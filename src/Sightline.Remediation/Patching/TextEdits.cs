using System.Text;

namespace Sightline.Remediation.Patching;

/// <summary>One span of the original text replaced by new text (an insertion when Length is 0).</summary>
internal readonly record struct TextEdit(int Start, int Length, string Replacement);

/// <summary>Span replacement and the layout facts (line ending, indentation) that new text must copy.</summary>
internal static class TextEdits
{
    /// <summary>Applies non-overlapping edits, given in any order, to <paramref name="text"/>.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(edit => edit.Start).ToList();
        var result = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Start < position || edit.Start + edit.Length > text.Length)
            {
                throw new ArgumentException("edits overlap or leave the text", nameof(edits));
            }

            result.Append(text, position, edit.Start - position).Append(edit.Replacement);
            position = edit.Start + edit.Length;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }

    public static string Replace(string text, int start, int length, string replacement) =>
        Apply(text, [new TextEdit(start, length, replacement)]);

    /// <summary>"\r\n" when the file's first line break is CRLF, else "\n".</summary>
    public static string LineEnding(string text)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline > 0 && text[newline - 1] == '\r' ? "\r\n" : "\n";
    }

    /// <summary>The offset where the line holding <paramref name="offset"/> starts.</summary>
    public static int LineStart(string text, int offset)
    {
        var start = offset;
        while (start > 0 && text[start - 1] != '\n' && text[start - 1] != '\r')
        {
            start--;
        }

        return start;
    }

    /// <summary>The offset just past the end of the line holding <paramref name="offset"/> (before its line break).</summary>
    public static int LineEnd(string text, int offset)
    {
        var end = offset;
        while (end < text.Length && text[end] != '\n' && text[end] != '\r')
        {
            end++;
        }

        return end;
    }

    /// <summary>The leading whitespace of the line holding <paramref name="offset"/>.</summary>
    public static string IndentOf(string text, int offset)
    {
        var start = LineStart(text, offset);
        var end = start;
        while (end < text.Length && (text[end] == ' ' || text[end] == '\t'))
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary>True when only spaces and tabs stand between the line start and <paramref name="offset"/>.</summary>
    public static bool StartsLine(string text, int offset)
    {
        for (var i = offset - 1; i >= 0 && text[i] != '\n' && text[i] != '\r'; i--)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One indentation step: the difference between a nested line's indent and its parent's, or a default.</summary>
    public static string IndentUnit(string parentIndent, string childIndent, string fallback = "  ") =>
        childIndent.Length > parentIndent.Length && childIndent.StartsWith(parentIndent, StringComparison.Ordinal)
            ? childIndent[parentIndent.Length..]
            : fallback;
}
