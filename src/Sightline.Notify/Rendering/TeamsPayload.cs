using System.Globalization;
using System.Text.Json;

namespace Sightline.Notify.Rendering;

/// <summary>
/// A Microsoft Teams incoming-webhook message carrying one Adaptive Card 1.4: title, advisory facts,
/// one container per finding, the plan and a link to the advisory. Text is Markdown-escaped (Teams
/// renders a Markdown subset in TextBlocks and facts).
/// </summary>
internal static partial class TeamsPayload
{
    /// <summary>Teams refuses webhook messages over about 28 KB: fewer findings are shown until it fits.</summary>
    public const int MaxBytes = 27 * 1024;

    /// <summary>Longest single text in the card, so one huge value cannot crowd out every finding.</summary>
    public const int MaxText = 2000;

    public static byte[] Write(Notice notice)
    {
        var all = Write(notice, notice.Findings.Count);
        if (all.Length <= MaxBytes)
        {
            return all;
        }

        int low = 0, high = notice.Findings.Count - 1;
        var best = Write(notice, 0);
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var payload = Write(notice, mid);
            if (payload.Length <= MaxBytes)
            {
                best = payload;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return best;
    }

    private static byte[] Write(Notice notice, int shown) => JsonPayload.Utf8(writer =>
    {
        var advisory = notice.Advisory;
        writer.WriteStartObject();
        writer.WriteString("type", "message");
        writer.WriteStartArray("attachments");
        writer.WriteStartObject();
        writer.WriteString("contentType", "application/vnd.microsoft.card.adaptive");
        writer.WriteNull("contentUrl");
        writer.WriteStartObject("content");
        writer.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        writer.WriteString("type", "AdaptiveCard");
        writer.WriteString("version", "1.4");
        writer.WriteStartArray("body");
        TextBlock(writer, Text(NoticeTitle.Of(notice)), w =>
        {
            w.WriteString("size", "Medium");
            w.WriteString("weight", "Bolder");
        });
        var facts = new List<(string, string)> { ("Advisory", Text(advisory.Id)), ("Severity", Text(NoticeText.Severity(advisory))) };
        var aliases = NoticeText.Aliases(advisory);
        if (aliases.Count > 0)
        {
            facts.Add(("Aliases", Text(string.Join(", ", aliases))));
        }

        FactSet(writer, facts);
        if (!string.IsNullOrWhiteSpace(advisory.Summary))
        {
            TextBlock(writer, Text(advisory.Summary));
        }

        foreach (var f in notice.Findings.Take(shown))
        {
            Finding(writer, f);
        }

        if (shown < notice.Findings.Count)
        {
            TextBlock(writer, string.Create(CultureInfo.InvariantCulture, $"… and {notice.Findings.Count - shown} more findings"));
        }

        if (!string.IsNullOrWhiteSpace(notice.Plan))
        {
            TextBlock(writer, "**Plan**", w => w.WriteBoolean("separator", true));
            var lines = notice.Plan.ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0).Select(Text);
            TextBlock(writer, NoticeText.Truncate(string.Join("\n\n", lines), MaxText), w => w.WriteString("fontType", "Monospace"));
        }

        writer.WriteEndArray();
        if (NoticeText.Link(advisory) is { } link)
        {
            writer.WriteStartArray("actions");
            writer.WriteStartObject();
            writer.WriteString("type", "Action.OpenUrl");
            writer.WriteString("title", "Open advisory");
            writer.WriteString("url", link.AbsoluteUri);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartObject("msteams");
        writer.WriteString("width", "Full");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
