using System.Globalization;
using System.Text;

namespace Sightline.Notify.Rendering;

/// <summary>Slack mrkdwn text: escaping and the per-field length limit.</summary>
internal static class SlackText
{
    /// <summary>Slack's limit for a section's or context element's text.</summary>
    public const int MaxText = 3000;

    /// <summary>Slack's limit for a header block's plain text.</summary>
    public const int MaxHeader = 150;

    /// <summary>The three characters Slack's formatting reserves; everything else is shown as written.</summary>
    public static string Escape(string? text) => NoticeText.OneLine(text)
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A link: <c>&lt;url|text&gt;</c>, with the characters that would end it early percent-encoded.</summary>
    public static string Link(Uri uri, string text) =>
        "<" + uri.AbsoluteUri.Replace("|", "%7C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal)
        + "|" + Escape(text) + ">";

    /// <summary>Inline code; backticks inside are swapped for a look-alike since mrkdwn has no escape for them.</summary>
    public static string Code(string? text) => "`" + Escape(text).Replace('`', 'ˋ') + "`";

    /// <summary>
    /// Joins (already escaped) lines within <see cref="MaxText"/>: the lines that do not fit are replaced
    /// by "… and N more". A single line longer than the limit is cut, never inside an entity.
    /// </summary>
    public static string Fit(IReadOnlyList<string> lines, int max = MaxText)
    {
        var joined = string.Join('\n', lines);
        if (joined.Length <= max)
        {
            return joined;
        }

        var sb = new StringBuilder();
        for (var kept = 0; kept < lines.Count; kept++)
        {
            var marker = "… and " + (lines.Count - kept).ToString(CultureInfo.InvariantCulture) + " more";
            var next = (sb.Length > 0 ? 1 : 0) + lines[kept].Length;
            var roomAfter = kept + 1 < lines.Count ? ("\n… and " + (lines.Count - kept - 1).ToString(CultureInfo.InvariantCulture) + " more").Length : 0;
            if (sb.Length + next + roomAfter > max)
            {
                if (sb.Length == 0)
                {
                    // Not even the first line fits: cut it and count the lines after it.
                    var suffix = kept + 1 < lines.Count ? "\n… and " + (lines.Count - 1).ToString(CultureInfo.InvariantCulture) + " more" : "";
                    return Cut(lines[0], max - suffix.Length) + suffix;
                }

                return sb.Append('\n').Append(marker).ToString();
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(lines[kept]);
        }

        return sb.ToString();
    }

    /// <summary>Cuts escaped text to <paramref name="max"/> characters ending in "…", backing off an entity or surrogate pair it would split.</summary>
    public static string Cut(string escaped, int max)
    {
        if (escaped.Length <= max)
        {
            return escaped;
        }

        var cut = Math.Max(0, max - 1);
        var amp = escaped.LastIndexOf('&', Math.Max(0, cut - 1));
        if (amp >= 0 && amp > cut - 5 && escaped.IndexOf(';', amp) >= cut)
        {
            cut = amp;
        }

        if (cut > 0 && char.IsHighSurrogate(escaped[cut - 1]))
        {
            cut--;
        }

        return escaped[..cut] + "…";
    }
}
