using System.Text;

namespace Sightline.Remediation.Patching;

/// <summary>New XML lines laid out like their siblings: same indentation, same line ending.</summary>
internal static class XmlText
{
    public static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>The file's indentation step, from the first child of the root that starts a line; else two spaces.</summary>
    public static string IndentUnit(string text, XmlElementSpan root)
    {
        var child = root.Descendants().FirstOrDefault(element => TextEdits.StartsLine(text, element.Start) && element.Parent is not null);
        return child is null ? "  " : TextEdits.IndentUnit(TextEdits.IndentOf(text, child.Parent!.Start), TextEdits.IndentOf(text, child.Start));
    }

    /// <summary>
    /// Inserts <paramref name="lines"/> (already indented relative to the parent's children; first line unindented)
    /// as the parent's last children, before its end tag. <paramref name="lines"/> use "\n"; the file's line ending replaces it.
    /// </summary>
    public static TextEdit AppendChild(string text, XmlElementSpan parent, string lines, string indentUnit)
    {
        var newline = TextEdits.LineEnding(text);
        var endTag = parent.EndTag ?? throw new InvalidOperationException("an empty element has no end tag to insert before");
        var childIndent = parent.Children.Count > 0 && TextEdits.StartsLine(text, parent.Children[^1].Start)
            ? TextEdits.IndentOf(text, parent.Children[^1].Start)
            : TextEdits.IndentOf(text, parent.Start) + indentUnit;
        var block = Indent(lines, childIndent, newline);
        if (TextEdits.StartsLine(text, endTag))
        {
            return new TextEdit(TextEdits.LineStart(text, endTag), 0, block + newline);
        }

        // "<a>...</a>" on one line: break it so the new child gets a line of its own.
        return new TextEdit(endTag, 0, newline + block + newline + TextEdits.IndentOf(text, parent.Start));
    }

    /// <summary>Inserts <paramref name="lines"/> as the parent's first child (before the first child's line), else as its only child.</summary>
    public static TextEdit PrependChild(string text, XmlElementSpan parent, string lines, string indentUnit)
    {
        if (parent.Children.Count == 0 || !TextEdits.StartsLine(text, parent.Children[0].Start))
        {
            return AppendChild(text, parent, lines, indentUnit);
        }

        var first = parent.Children[0];
        var block = Indent(lines, TextEdits.IndentOf(text, first.Start), TextEdits.LineEnding(text));
        return new TextEdit(TextEdits.LineStart(text, first.Start), 0, block + TextEdits.LineEnding(text));
    }

    /// <summary>Inserts <paramref name="lines"/> on their own lines before <paramref name="next"/>, indented like it; a blank line before it is repeated after the block.</summary>
    public static TextEdit InsertBefore(string text, XmlElementSpan next, string lines)
    {
        var newline = TextEdits.LineEnding(text);
        var lineStart = TextEdits.LineStart(text, next.Start);
        var previousBlank = false;
        if (lineStart > 0)
        {
            // The previous line ends before its line break ("\n" or "\r\n").
            var previousEnd = lineStart - 1;
            previousEnd -= previousEnd > 0 && text[previousEnd] == '\n' && text[previousEnd - 1] == '\r' ? 1 : 0;
            previousBlank = string.IsNullOrWhiteSpace(text[TextEdits.LineStart(text, previousEnd)..previousEnd]);
        }

        var block = Indent(lines, TextEdits.IndentOf(text, next.Start), newline) + newline + (previousBlank ? newline : "");
        return new TextEdit(lineStart, 0, block);
    }

    /// <summary>Prefixes each "\n"-separated line with <paramref name="indent"/> (nested lines keep their extra indent).</summary>
    public static string Indent(string lines, string indent, string newline)
    {
        var result = new StringBuilder();
        foreach (var line in lines.Split('\n'))
        {
            if (result.Length > 0)
            {
                result.Append(newline);
            }

            result.Append(indent).Append(line);
        }

        return result.ToString();
    }
}
