using System.Text;

namespace Sightline.Notify.Rendering;

/// <summary>
/// Makes user-controlled text inert in CommonMark/GFM: it stays literal text on one line, inside or
/// outside a table cell. Dots and dashes are left alone: values are never placed at a line start,
/// where they could start a list.
/// </summary>
internal static class MarkdownEscape
{
    // Emphasis, code, links and images, HTML and entities, table cells, headings' closing sequence, strikethrough.
    private const string Special = "\\`*_[]<>|~&#!";

    public static string Text(string? text)
    {
        var line = NoticeText.OneLine(text);
        var sb = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// A code span that holds any text: the delimiter is one backtick longer than the longest run inside,
    /// padded with spaces when the text starts or ends with a backtick. Not for table cells: a pipe would
    /// still end the cell.
    /// </summary>
    public static string Code(string? text)
    {
        var line = NoticeText.OneLine(text);
        int longest = 0, run = 0;
        foreach (var c in line)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = line.StartsWith('`') || line.EndsWith('`') ? " " : "";
        return fence + pad + line + pad + fence;
    }

    /// <summary>A fenced code block for multi-line text, fenced longer than any backtick run inside.</summary>
    public static string Block(string text)
    {
        var normalised = text.ReplaceLineEndings("\n").TrimEnd('\n');
        int longest = 2, run = 0;
        foreach (var c in normalised)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        return fence + "text\n" + normalised + "\n" + fence;
    }

    /// <summary>A link destination that cannot close the link early: parentheses and spaces percent-encoded.</summary>
    public static string Destination(Uri uri) =>
        uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);
}
