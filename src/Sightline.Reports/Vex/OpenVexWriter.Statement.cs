using System.Text.Json;

namespace Sightline.Reports.Vex;

public static partial class OpenVexWriter
{
    private static void WriteStatement(Utf8JsonWriter json, VexProduct product, VexStatement statement)
    {
        json.WriteStartObject();

        json.WriteStartObject("vulnerability");
        json.WriteString("name", statement.Vulnerability);
        VexJson.WriteOptional(json, "description", statement.Description);
        var aliases = VexStatements.Aliases(statement);
        if (aliases.Count > 0)
        {
            VexJson.WriteStrings(json, "aliases", aliases);
        }

        json.WriteEndObject();

        json.WriteString("timestamp", VexJson.Timestamp(statement.Timestamp));
        WriteProducts(json, product, statement);
        json.WriteString("status", Status(statement.Status));
        VexJson.WriteOptional(json, "status_notes", statement.Detail);

        // OpenVEX defines a justification only for not_affected; on any other status it would be read as a claim
        // that the product is safe, so it is left out there.
        if (statement is { Status: VexStatus.NotAffected, Justification: { } justification })
        {
            json.WriteString("justification", Justification(justification));
        }

        VexJson.WriteOptional(json, "impact_statement", statement.ImpactStatement);
        VexJson.WriteOptional(json, "action_statement", statement.ActionStatement);
        json.WriteEndObject();
    }

    /// <summary>
    /// One product, the document's: its purl when it has one (the identifier scanners match), else its SBOM bom-ref,
    /// so the statement can be joined to the CycloneDX SBOM Sightline writes for the same product.
    /// </summary>
    private static void WriteProducts(Utf8JsonWriter json, VexProduct product, VexStatement statement)
    {
        json.WriteStartArray("products");
        json.WriteStartObject();
        json.WriteString("@id", string.IsNullOrWhiteSpace(product.Purl) ? product.BomRef : product.Purl);
        var subcomponents = VexStatements.Subcomponents(statement);
        if (subcomponents.Count > 0)
        {
            json.WriteStartArray("subcomponents");
            foreach (var subcomponent in subcomponents)
            {
                json.WriteStartObject();
                json.WriteString("@id", subcomponent.Purl);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }
}
