using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sightline.Reports.Vex;

/// <summary>
/// What both VEX writers share with the SBOM writers: UTF-8 without BOM, two-space indent, "\n" line ends on every
/// platform and one final newline, so the same document always gives the same bytes and golden files diff cleanly.
/// </summary>
internal static class VexJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // The output is a file, never embedded in HTML: keep "+", "<", "&" and non-ASCII readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(output);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            body(json);
        }

        output.WriteByte((byte)'\n');
    }

    /// <summary>UTC to the second: both schemas take RFC 3339, and sub-second noise would only make diffs churn.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(name, value);
        }
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
