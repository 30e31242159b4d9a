using System.Text.Json;

namespace Sightline.Reports.Tests.Spdx;

/// <summary>Reads the writer's JSON back into plain values the tests compare exactly.</summary>
internal static class SpdxJson
{
    public static JsonElement Root(byte[] json) => JsonDocument.Parse(json).RootElement.Clone();

    public static JsonElement Package(JsonElement root, string spdxId) =>
        root.GetProperty("packages").EnumerateArray().Single(p => p.GetProperty("SPDXID").GetString() == spdxId);

    public static List<string> Ids(JsonElement root) =>
        [.. root.GetProperty("packages").EnumerateArray().Select(p => p.GetProperty("SPDXID").GetString()!)];

    public static List<string> Relationships(JsonElement root) =>
        [.. root.GetProperty("relationships").EnumerateArray().Select(r =>
            r.GetProperty("spdxElementId").GetString() + " " + r.GetProperty("relationshipType").GetString() + " " + r.GetProperty("relatedSpdxElement").GetString())];

    public static List<string> Checksums(JsonElement package) =>
        package.TryGetProperty("checksums", out var checksums)
            ? [.. checksums.EnumerateArray().Select(c => c.GetProperty("algorithm").GetString() + ": " + c.GetProperty("checksumValue").GetString())]
            : [];

    public static List<string> Purls(JsonElement package) =>
        package.TryGetProperty("externalRefs", out var refs)
            ? [.. refs.EnumerateArray().Select(r => r.GetProperty("referenceCategory").GetString() + " " + r.GetProperty("referenceType").GetString() + " " + r.GetProperty("referenceLocator").GetString())]
            : [];

    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;
}
