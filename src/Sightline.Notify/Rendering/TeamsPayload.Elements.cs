using System.Globalization;
using System.Text.Json;

namespace Sightline.Notify.Rendering;

internal static partial class TeamsPayload
{
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
