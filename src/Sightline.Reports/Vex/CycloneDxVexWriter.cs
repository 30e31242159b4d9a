using System.Text.Json;

namespace Sightline.Reports.Vex;

/// <summary>
/// Writes a <see cref="VexDocument"/> as a CycloneDX 1.6 JSON BOM carrying vulnerabilities[] (a VEX BOM): the
/// product as metadata.component, one library component per package a statement names so every affects ref
/// resolves, one vulnerability per statement. Fixed member order and sorting: same document, same bytes.
/// </summary>
public static partial class CycloneDxVexWriter
{
    /// <exception cref="ArgumentException">A statement lacks what VEX requires (see <see cref="OpenVexWriter"/>), or a
    /// package's bom-ref names two different purls.</exception>
    public static void Write(VexDocument document, Stream output)
    {
        var statements = VexStatements.Ordered(document);
        var components = Components(document, statements);
        VexJson.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
            json.WriteString("bomFormat", "CycloneDX");
            json.WriteString("specVersion", "1.6");
            json.WriteString("serialNumber", CycloneDxVexValues.SerialNumber(document.Id));
            json.WriteNumber("version", document.Version);
            WriteMetadata(json, document);

            json.WriteStartArray("components");
            foreach (var component in components)
            {
                WriteComponent(json, "library", component.BomRef, component.Purl, VexPurl.Parse(component.Purl));
            }

            json.WriteEndArray();

            json.WriteStartArray("vulnerabilities");
            foreach (var statement in statements)
            {
                WriteVulnerability(json, document.Product, statement);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteMetadata(Utf8JsonWriter json, VexDocument document)
    {
        json.WriteStartObject("metadata");
        json.WriteString("timestamp", VexJson.Timestamp(document.Timestamp));
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", document.Author);
        json.WriteEndObject();
        json.WriteEndArray();
        var product = document.Product;
        json.WritePropertyName("component");
        WriteComponent(json, "application", product.BomRef, product.Purl, (null, product.Name, product.Version));
        json.WriteEndObject();
    }

    private static void WriteComponent(Utf8JsonWriter json, string type, string bomRef, string? purl, (string? Group, string Name, string? Version) id)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("bom-ref", bomRef);
        VexJson.WriteOptional(json, "group", id.Group);
        json.WriteString("name", id.Name);
        VexJson.WriteOptional(json, "version", id.Version);
        VexJson.WriteOptional(json, "purl", purl);
        json.WriteEndObject();
    }

    /// <summary>
    /// Every package any statement names, once, sorted by bom-ref. The product itself is metadata.component already
    /// and bom-refs must be unique in a BOM, so it is not repeated; one bom-ref for two purls is a bug upstream.
    /// </summary>
    private static List<VexSubcomponent> Components(VexDocument document, IReadOnlyList<VexStatement> statements)
    {
        var byRef = new SortedDictionary<string, VexSubcomponent>(StringComparer.Ordinal);
        foreach (var subcomponent in statements.SelectMany(VexStatements.Subcomponents))
        {
            if (subcomponent.BomRef == document.Product.BomRef)
            {
                continue;
            }

            if (byRef.TryGetValue(subcomponent.BomRef, out var known) && known.Purl != subcomponent.Purl)
            {
                throw new ArgumentException($"bom-ref '{subcomponent.BomRef}' names both {known.Purl} and {subcomponent.Purl}", nameof(document));
            }

            byRef[subcomponent.BomRef] = subcomponent;
        }

        return [.. byRef.Values];
    }
}
