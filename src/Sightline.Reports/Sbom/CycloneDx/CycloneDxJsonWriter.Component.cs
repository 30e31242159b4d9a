using System.Text.Json;

namespace Sightline.Reports.Sbom.CycloneDx;

public static partial class CycloneDxJsonWriter
{
    private static void WriteComponent(Utf8JsonWriter json, CdxComponent component)
    {
        json.WriteStartObject();
        json.WriteString("type", component.Type);
        json.WriteString("bom-ref", component.BomRef);
        if (component.Supplier is { } supplier)
        {
            json.WriteStartObject("supplier");
            json.WriteString("name", supplier);
            json.WriteEndObject();
        }

        WriteOptional(json, "group", component.Group);
        json.WriteString("name", component.Name);
        WriteOptional(json, "version", component.Version);
        WriteOptional(json, "scope", component.Scope);

        if (component.Hashes.Count > 0)
        {
            json.WriteStartArray("hashes");
            foreach (var hash in component.Hashes)
            {
                json.WriteStartObject();
                json.WriteString("alg", hash.Algorithm);
                json.WriteString("content", hash.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (component.Licenses.Count > 0)
        {
            json.WriteStartArray("licenses");
            foreach (var license in component.Licenses)
            {
                WriteLicense(json, license);
            }

            json.WriteEndArray();
        }

        WriteOptional(json, "purl", component.Purl);

        if (component.ExternalReferences.Count > 0)
        {
            json.WriteStartArray("externalReferences");
            foreach (var reference in component.ExternalReferences)
            {
                json.WriteStartObject();
                json.WriteString("url", reference.Url);
                json.WriteString("type", reference.Type);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (component.Properties.Count > 0)
        {
            json.WriteStartArray("properties");
            foreach (var property in component.Properties)
            {
                json.WriteStartObject();
                json.WriteString("name", property.Name);
                json.WriteString("value", property.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (component.Components.Count > 0)
        {
            json.WriteStartArray("components");
            foreach (var nested in component.Components)
            {
                WriteComponent(json, nested);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteLicense(Utf8JsonWriter json, CdxLicense license)
    {
        json.WriteStartObject();
        if (license.Kind == CdxLicenseKind.Expression)
        {
            json.WriteString("expression", license.Value);
        }
        else
        {
            json.WriteStartObject("license");
            json.WriteString(license.Kind == CdxLicenseKind.Id ? "id" : "name", license.Value);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
