using System.Text;
using System.Xml;

namespace Sightline.Reports.Sbom.CycloneDx;

/// <summary>
/// Writes an <see cref="SbomDocument"/> as CycloneDX 1.6 XML in the http://cyclonedx.org/schema/bom/1.6 namespace:
/// UTF-8 without BOM, two-space indented, "\n" line ends, elements in the XSD's sequence order (XML, unlike JSON,
/// is validated by position), the same components, hashes, licences and edges as the JSON writer.
/// </summary>
public static partial class CycloneDxXmlWriter
{
    private const string Namespace = "http://cyclonedx.org/schema/bom/1.6";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    public static void Write(SbomDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bom = CycloneDxMapper.Map(document);

        using (var xml = XmlWriter.Create(output, Settings))
        {
            WriteBom(xml, bom);
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteBom(XmlWriter xml, CdxBom bom)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("bom", Namespace);
        if (bom.SerialNumber is { } serialNumber)
        {
            xml.WriteAttributeString("serialNumber", serialNumber);
        }

        xml.WriteAttributeString("version", "1");

        xml.WriteStartElement("metadata", Namespace);
        Element(xml, "timestamp", bom.Timestamp);
        xml.WriteStartElement("tools", Namespace);
        xml.WriteStartElement("components", Namespace);
        xml.WriteStartElement("component", Namespace);
        xml.WriteAttributeString("type", "application");
        Element(xml, "name", bom.ToolName);
        Element(xml, "version", bom.ToolVersion);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        WriteComponent(xml, bom.Subject);
        xml.WriteEndElement();

        xml.WriteStartElement("components", Namespace);
        foreach (var component in bom.Components)
        {
            WriteComponent(xml, component);
        }

        xml.WriteEndElement();

        xml.WriteStartElement("dependencies", Namespace);
        foreach (var dependency in bom.Dependencies)
        {
            xml.WriteStartElement("dependency", Namespace);
            xml.WriteAttributeString("ref", Clean(dependency.Ref));
            foreach (var target in dependency.DependsOn)
            {
                xml.WriteStartElement("dependency", Namespace);
                xml.WriteAttributeString("ref", Clean(target));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Element(XmlWriter xml, string name, string value) =>
        xml.WriteElementString(name, Namespace, Clean(value));

    /// <summary>
    /// XmlWriter escapes markup itself but throws on characters XML 1.0 cannot hold at all (most C0 controls, lone
    /// surrogates); a package description is not worth failing the report over, so those become U+FFFD.
    /// </summary>
    private static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[++i]);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }
}
