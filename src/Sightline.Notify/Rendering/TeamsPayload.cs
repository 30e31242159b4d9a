using System.Globalization;
using System.Text.Json;

namespace Sightline.Notify.Rendering;

/// <summary>
/// A Microsoft Teams incoming-webhook message carrying one Adaptive Card 1.4: title, advisory facts,
/// one container per finding, the plan and a link to the advisory. Text is Markdown-escaped (Teams
/// renders a Markdown subset in TextBlocks and facts).
/// </summary>
internal static class TeamsPayload
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

    private static void Finding(Utf8JsonWriter writer, NoticeFinding f)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Container");
        writer.WriteBoolean("separator", true);
        writer.WriteStartArray("items");
        TextBlock(writer, "**" + Text(f.Repository) + "** · " + Text(f.Manifest), w => w.WriteString("weight", "Bolder"));
        var facts = new List<(string, string)>
        {
            ("Package", Text(f.Package + " " + NoticeText.Version(f) + " → " + NoticeText.FixedVersions(f))),
            ("Verdict", Text(NoticeText.Verdict(f) + (string.IsNullOrWhiteSpace(f.VerdictDetail) ? "" : " — " + f.VerdictDetail))),
        };
        if (f.Services.Count > 0)
        {
            facts.Add(("Services", Text(string.Join("; ", NoticeText.OrderedServices(f).Select(NoticeText.Service)))));
        }

        if (f.Owners.Count > 0)
        {
            facts.Add(("Owners", Text(string.Join(", ", f.Owners))));
        }

        if (f.Path.Count > 0)
        {
            facts.Add(("Path", Text(string.Join(" › ", f.Path))));
        }

        FactSet(writer, facts);
        foreach (var frame in f.Trace.Take(SlackPayload.TraceFramesShown))
        {
            TextBlock(writer, Text(frame), w =>
            {
                w.WriteString("fontType", "Monospace");
                w.WriteString("spacing", "None");
            });
        }

        if (f.Trace.Count > SlackPayload.TraceFramesShown)
        {
            TextBlock(writer, string.Create(CultureInfo.InvariantCulture, $"… and {f.Trace.Count - SlackPayload.TraceFramesShown} more frames"));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Text(string? value) => NoticeText.Truncate(MarkdownEscape.Text(value), MaxText);

    private static void TextBlock(Utf8JsonWriter writer, string text, Action<Utf8JsonWriter>? style = null)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "TextBlock");
        writer.WriteString("text", text);
        writer.WriteBoolean("wrap", true);
        style?.Invoke(writer);
        writer.WriteEndObject();
    }

    private static void FactSet(Utf8JsonWriter writer, IEnumerable<(string Title, string Value)> facts)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "FactSet");
        writer.WriteStartArray("facts");
        foreach (var (title, value) in facts)
        {
            writer.WriteStartObject();
            writer.WriteString("title", title);
            writer.WriteString("value", value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
