using System.Xml;

namespace Sightline.Reports.Sbom.CycloneDx;

public static partial class CycloneDxXmlWriter
{
    // Order follows the 1.6 XSD's component sequence: supplier, group, name, version, scope, hashes, licenses, purl,
    // externalReferences, properties, components.
    private static void WriteComponent(XmlWriter xml, CdxComponent component)
    {
        xml.WriteStartElement("component", Namespace);
        xml.WriteAttributeString("type", component.Type);
        xml.WriteAttributeString("bom-ref", Clean(component.BomRef));
        if (component.Supplier is { } supplier)
        {
            xml.WriteStartElement("supplier", Namespace);
            Element(xml, "name", supplier);
            xml.WriteEndElement();
        }

        Optional(xml, "group", component.Group);
        Element(xml, "name", component.Name);
        Optional(xml, "version", component.Version);
        Optional(xml, "scope", component.Scope);

        if (component.Hashes.Count > 0)
        {
            xml.WriteStartElement("hashes", Namespace);
            foreach (var hash in component.Hashes)
            {
                xml.WriteStartElement("hash", Namespace);
                xml.WriteAttributeString("alg", hash.Algorithm);
                xml.WriteString(hash.Value);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        if (component.Licenses.Count > 0)
        {
            xml.WriteStartElement("licenses", Namespace);
            foreach (var license in component.Licenses)
            {
                WriteLicense(xml, license);
            }

            xml.WriteEndElement();
        }

        Optional(xml, "purl", component.Purl);

        if (component.ExternalReferences.Count > 0)
        {
            xml.WriteStartElement("externalReferences", Namespace);
            foreach (var reference in component.ExternalReferences)
            {
                xml.WriteStartElement("reference", Namespace);
                xml.WriteAttributeString("type", reference.Type);
                Element(xml, "url", reference.Url);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        if (component.Properties.Count > 0)
        {
            xml.WriteStartElement("properties", Namespace);
            foreach (var property in component.Properties)
            {
                xml.WriteStartElement("property", Namespace);
                xml.WriteAttributeString("name", Clean(property.Name));
                xml.WriteString(Clean(property.Value));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        if (component.Components.Count > 0)
        {
            xml.WriteStartElement("components", Namespace);
            foreach (var nested in component.Components)
            {
                WriteComponent(xml, nested);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    // In XML the licence choice is <license><id>|<name></license>... or a single <expression>, mirroring the JSON.
    private static void WriteLicense(XmlWriter xml, CdxLicense license)
    {
        if (license.Kind == CdxLicenseKind.Expression)
        {
            Element(xml, "expression", license.Value);
            return;
        }

        xml.WriteStartElement("license", Namespace);
        Element(xml, license.Kind == CdxLicenseKind.Id ? "id" : "name", license.Value);
        xml.WriteEndElement();
    }

    private static void Optional(XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            Element(xml, name, value);
        }
    }
}
