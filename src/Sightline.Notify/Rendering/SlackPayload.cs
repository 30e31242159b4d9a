using System.Globalization;
using System.Text.Json;

namespace Sightline.Notify.Rendering;

/// <summary>
/// A Slack incoming-webhook message: <c>text</c> (the notification fallback) and Block Kit blocks — a
/// header, the advisory, one section per finding, the plan, a context line — within Slack's limits.
/// </summary>
internal static class SlackPayload
{
    /// <summary>Slack's limit of blocks in one message.</summary>
    public const int MaxBlocks = 50;

    /// <summary>Trace frames shown per finding: the entry point and the first calls say enough in chat.</summary>
    public const int TraceFramesShown = 5;

    public static byte[] Write(Notice notice)
    {
        var title = NoticeTitle.Of(notice);
        var hasPlan = !string.IsNullOrWhiteSpace(notice.Plan);
        var room = MaxBlocks - 3 - (hasPlan ? 1 : 0);
        var shown = notice.Findings.Count <= room ? notice.Findings.Count : room - 1;
        return JsonPayload.Utf8(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("text", SlackText.Cut(SlackText.Escape(title), SlackText.MaxText));
            writer.WriteStartArray("blocks");
            writer.WriteStartObject();
            writer.WriteString("type", "header");
            writer.WriteStartObject("text");
            writer.WriteString("type", "plain_text");
            writer.WriteString("text", NoticeText.Truncate(title, SlackText.MaxHeader));
            writer.WriteEndObject();
            writer.WriteEndObject();
            Section(writer, Advisory(notice.Advisory));
            foreach (var f in notice.Findings.Take(shown))
            {
                Section(writer, SlackText.Fit(Finding(f)));
            }

            if (shown < notice.Findings.Count)
            {
                Section(writer, string.Create(CultureInfo.InvariantCulture, $"… and {notice.Findings.Count - shown} more findings"));
            }

            if (hasPlan)
            {
                var plan = notice.Plan!.ReplaceLineEndings("\n").Split('\n').Select(SlackText.Escape).ToList();
                Section(writer, SlackText.Fit(["*Plan*", .. plan]));
            }

            writer.WriteStartObject();
            writer.WriteString("type", "context");
            writer.WriteStartArray("elements");
            Mrkdwn(writer, SlackText.Cut(SlackText.Escape(Context(notice)), SlackText.MaxText));
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static string Advisory(NoticeAdvisory advisory)
    {
        var id = NoticeText.Link(advisory) is { } link ? SlackText.Link(link, advisory.Id) : SlackText.Escape(advisory.Id);
        var head = "*" + id + "* · severity: " + SlackText.Escape(NoticeText.Severity(advisory));
        var aliases = NoticeText.Aliases(advisory);
        if (aliases.Count > 0)
        {
            head += " · aliases: " + string.Join(", ", aliases.Select(SlackText.Escape));
        }

        return SlackText.Fit(string.IsNullOrWhiteSpace(advisory.Summary) ? [head] : [head, SlackText.Escape(advisory.Summary)]);
    }

    private static List<string> Finding(NoticeFinding f)
    {
        var lines = new List<string>
        {
            "*" + SlackText.Escape(f.Repository) + "* · " + SlackText.Escape(f.Manifest),
            SlackText.Code(f.Package + "@" + NoticeText.Version(f)) + " → " + SlackText.Escape(NoticeText.FixedVersions(f)),
            "*" + SlackText.Escape(NoticeText.Verdict(f)) + "*" + (string.IsNullOrWhiteSpace(f.VerdictDetail) ? "" : " — " + SlackText.Escape(f.VerdictDetail)),
        };
        if (f.Services.Count > 0)
        {
            lines.Add("Services: " + string.Join("; ", NoticeText.OrderedServices(f).Select(s => SlackText.Escape(NoticeText.Service(s)))));
        }

        if (f.Owners.Count > 0)
        {
            lines.Add("Owners: " + string.Join(", ", f.Owners.Select(SlackText.Escape)));
        }

        if (f.Path.Count > 0)
        {
            lines.Add("Path: " + string.Join(" › ", f.Path.Select(SlackText.Escape)));
        }

        if (f.Trace.Count > 0)
        {
            lines.Add("Trace:");
            lines.AddRange(f.Trace.Take(TraceFramesShown).Select(frame => "• " + SlackText.Code(frame)));
            if (f.Trace.Count > TraceFramesShown)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"… and {f.Trace.Count - TraceFramesShown} more frames"));
            }
        }

        return lines;
    }

    private static string Context(Notice notice) => string.Create(CultureInfo.InvariantCulture,
        $"Sightline · {notice.Team} · {notice.Findings.Count} finding{(notice.Findings.Count == 1 ? "" : "s")} in {NoticeText.Repositories(NoticeText.RepositoryCount(notice))}");

    private static void Section(Utf8JsonWriter writer, string mrkdwn)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "section");
        writer.WriteStartObject("text");
        writer.WriteString("type", "mrkdwn");
        writer.WriteString("text", mrkdwn);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Mrkdwn(Utf8JsonWriter writer, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "mrkdwn");
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }
}
