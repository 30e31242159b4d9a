using System.Text;
using System.Text.Json;
using Sightline.Reports.Vex;

namespace Sightline.Reports.Tests.Vex;

/// <summary>Runs the public VEX writers into memory and hands back bytes, text or a parsed JSON tree.</summary>
internal static class VexOutput
{
    public static byte[] OpenVexBytes(VexDocument document)
    {
        using var stream = new MemoryStream();
        OpenVexWriter.Write(document, stream);
        return stream.ToArray();
    }

    public static byte[] CycloneDxBytes(VexDocument document)
    {
        using var stream = new MemoryStream();
        CycloneDxVexWriter.Write(document, stream);
        return stream.ToArray();
    }

    public static string OpenVex(VexDocument document) => Encoding.UTF8.GetString(OpenVexBytes(document));

    public static string CycloneDx(VexDocument document) => Encoding.UTF8.GetString(CycloneDxBytes(document));

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
