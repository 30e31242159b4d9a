using System.Buffers;
using System.Text.Json;

namespace Sightline.Notify.Rendering;

/// <summary>Sightline's own notice schema, sightline.notice/v1: every field, untruncated, values as given.</summary>
internal static class JsonPayload
{
    public const string Schema = "sightline.notice/v1";

    public static byte[] Write(Notice notice) => Utf8(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteString("title", NoticeTitle.Of(notice));
        writer.WriteString("team", notice.Team);
        WriteAdvisory(writer, notice.Advisory);
        writer.WriteStartArray("findings");
        foreach (var f in notice.Findings)
        {
            WriteFinding(writer, f);
        }

        writer.WriteEndArray();
        writer.WriteString("plan", notice.Plan);
        writer.WriteEndObject();
    });

    /// <summary>Every payload goes through Utf8JsonWriter: no JSON is ever built by concatenation.</summary>
    public static byte[] Utf8(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteAdvisory(Utf8JsonWriter writer, NoticeAdvisory advisory)
    {
        writer.WriteStartObject("advisory");
        writer.WriteString("id", advisory.Id);
        WriteStrings(writer, "aliases", advisory.Aliases);
        writer.WriteString("summary", advisory.Summary);
        writer.WriteString("severity", NoticeText.Band(advisory));
        if (advisory.Score is { } score && double.IsFinite(score))
        {
            writer.WriteNumber("score", score);
        }
        else
        {
            writer.WriteNull("score");
        }

        writer.WriteString("url", advisory.Url);
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, NoticeFinding f)
    {
        writer.WriteStartObject();
        writer.WriteString("key", f.Key);
        writer.WriteString("repository", f.Repository);
        writer.WriteString("manifest", f.Manifest);
        writer.WriteString("package", f.Package);
        writer.WriteString("version", f.Version);
        WriteStrings(writer, "fixedVersions", f.FixedVersions);
        writer.WriteString("verdict", f.Verdict);
        writer.WriteString("verdictDetail", f.VerdictDetail);
        WriteStrings(writer, "trace", f.Trace);
        WriteStrings(writer, "path", f.Path);
        writer.WriteStartArray("services");
        foreach (var s in NoticeText.OrderedServices(f))
        {
            writer.WriteStartObject();
            writer.WriteString("name", s.Name);
            WriteStrings(writer, "environments", s.Environments);
            writer.WriteBoolean("production", s.Production);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStrings(writer, "owners", f.Owners);
        writer.WriteEndObject();
    }
}
