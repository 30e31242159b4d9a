using System.Text;
using System.Text.Json;
using Sightline.Reports.Sbom;
using Sightline.Reports.Sbom.CycloneDx;

namespace Sightline.Reports.Tests.CycloneDx;

/// <summary>Runs the public writers into memory and hands back bytes, text or a parsed JSON tree.</summary>
internal static class CycloneDxOutput
{
    public static byte[] JsonBytes(SbomDocument document)
    {
        using var stream = new MemoryStream();
        CycloneDxJsonWriter.Write(document, stream);
        return stream.ToArray();
    }

    public static byte[] XmlBytes(SbomDocument document)
    {
        using var stream = new MemoryStream();
        CycloneDxXmlWriter.Write(document, stream);
        return stream.ToArray();
    }

    public static string Json(SbomDocument document) => Encoding.UTF8.GetString(JsonBytes(document));

    public static JsonElement Parse(SbomDocument document)
    {
        using var json = JsonDocument.Parse(JsonBytes(document));
        return json.RootElement.Clone();
    }

    public static JsonElement ComponentByRef(JsonElement bom, string bomRef) =>
        bom.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("bom-ref").GetString() == bomRef);

    public static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
