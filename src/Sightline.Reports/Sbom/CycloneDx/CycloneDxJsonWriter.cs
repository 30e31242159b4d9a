using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sightline.Reports.Sbom.CycloneDx;

/// <summary>
/// Writes an <see cref="SbomDocument"/> as CycloneDX 1.6 JSON: UTF-8 without BOM, two-space indented, "\n" line ends
/// on every platform, members in a fixed order, so the same document always gives the same bytes.
/// </summary>
public static partial class CycloneDxJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // The output is a file, never embedded in HTML: keep "+", "<", "&" and non-ASCII readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(SbomDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bom = CycloneDxMapper.Map(document);

        using (var json = new Utf8JsonWriter(output, Options))
        {
            WriteBom(json, bom);
        }

        // A final newline, as the repository's text files have, so golden files and diffs stay clean.
        output.WriteByte((byte)'\n');
    }

    private static void WriteBom(Utf8JsonWriter json, CdxBom bom)
    {
        json.WriteStartObject();
        json.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
        json.WriteString("bomFormat", "CycloneDX");
        json.WriteString("specVersion", "1.6");
        if (bom.SerialNumber is { } serialNumber)
        {
            json.WriteString("serialNumber", serialNumber);
        }

        json.WriteNumber("version", 1);

        json.WriteStartObject("metadata");
        json.WriteString("timestamp", bom.Timestamp);
        json.WriteStartObject("tools");
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("name", bom.ToolName);
        json.WriteString("version", bom.ToolVersion);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WritePropertyName("component");
        WriteComponent(json, bom.Subject);
        json.WriteEndObject();

        json.WriteStartArray("components");
        foreach (var component in bom.Components)
        {
            WriteComponent(json, component);
        }

        json.WriteEndArray();

        json.WriteStartArray("dependencies");
        foreach (var dependency in bom.Dependencies)
        {
            json.WriteStartObject();
            json.WriteString("ref", dependency.Ref);
            json.WriteStartArray("dependsOn");
            foreach (var target in dependency.DependsOn)
            {
                json.WriteStringValue(target);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
