using System.Text.Json;
using Sightline.Core.Advisories;
using Sightline.Core.Extraction;

namespace Sightline.Advisories.Osv;

/// <summary>Reads the top level of an OSV record. Unknown fields are ignored, as the schema asks.</summary>
internal static class OsvRecordReader
{
    public static Advisory Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ManifestFormatException($"expected an OSV record (a JSON object), found {Describe(root.ValueKind)}");
        }

        var id = OsvValues.String(root, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ManifestFormatException("the record has no 'id'");
        }

        id = id.Trim();
        try
        {
            return new Advisory
            {
                Id = id,
                SchemaVersion = OsvValues.String(root, "schema_version"),
                Modified = OsvValues.Timestamp(root, "modified"),
                Published = OsvValues.Timestamp(root, "published"),
                Withdrawn = OsvValues.Timestamp(root, "withdrawn"),
                Aliases = OsvValues.Strings(root, "aliases"),
                Related = OsvValues.Strings(root, "related"),
                Summary = OsvValues.String(root, "summary"),
                Details = OsvValues.String(root, "details"),
                Affected = OsvValues.Objects(root, "affected", OsvAffectedReader.Read),
                Severity = OsvValues.Objects(root, "severity", ReadSeverity),
                References = OsvValues.Objects(root, "references", ReadReference),
                DatabaseSpecificJson = OsvValues.ObjectText(root, "database_specific"),
            };
        }
        catch (ManifestFormatException ex) when (!ex.Message.StartsWith(id, StringComparison.Ordinal))
        {
            // Name the record: a zip or a multi-record source holds thousands.
            throw new ManifestFormatException($"{id}: {ex.Message}", ex.Line, ex.Column, ex);
        }
    }

    internal static SeverityVector ReadSeverity(JsonElement element) =>
        new(OsvValues.String(element, "type") ?? string.Empty, OsvValues.String(element, "score") ?? string.Empty);

    private static AdvisoryReference ReadReference(JsonElement element) =>
        new(OsvValues.String(element, "type") ?? string.Empty, OsvValues.String(element, "url") ?? string.Empty);

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };
}
