using System.Text.Json;
using Sightline.Core.Advisories;
using Sightline.Core.Extraction;

namespace Sightline.Advisories.Osv;

/// <summary>
/// Parses one OSV record (schema 1.0–1.7) from a stream. Pure: no file system. YAML is first converted to
/// JSON, so both formats share one reader and keep their open objects as the same JSON text.
/// </summary>
public static class OsvParser
{
    /// <summary>Deeper than any real OSV record (about 6 levels); bounds hostile nesting.</summary>
    internal const int MaxDepth = 64;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaxDepth };

    /// <summary>True for the names this parser reads: .json, .yaml, .yml (any case).</summary>
    public static bool IsRecordFile(string name) =>
        name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses by the name's extension: YAML for .yaml/.yml, JSON otherwise.</summary>
    public static Advisory Parse(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ParseJson(stream) : ParseYaml(stream);
    }

    public static Advisory ParseJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var document = JsonDocument.Parse(stream, DocumentOptions);
            return OsvRecordReader.Read(document.RootElement);
        }
        catch (JsonException ex)
        {
            // System.Text.Json reports 0-based line and byte positions.
            throw new ManifestFormatException("invalid JSON: " + FirstSentence(ex.Message), ex.LineNumber + 1, ex.BytePositionInLine + 1, ex);
        }
    }

    public static Advisory ParseYaml(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream);
        var json = YamlToJson.Convert(reader);
        using var document = JsonDocument.Parse(json, DocumentOptions);
        return OsvRecordReader.Read(document.RootElement);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
