using System.Xml;
using System.Xml.Linq;

namespace Sightline.Ecosystems.NuGet;

/// <summary>
/// The only way NuGet XML is read: DTDs are prohibited and no resolver is set, so a DOCTYPE or an external
/// entity fails the parse instead of being expanded or fetched (XXE, billion laughs).
/// </summary>
internal static class SecureXml
{
    public static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
        // Bounds entity-free documents too: a manifest is never this large.
        MaxCharactersInDocument = 256L * 1024 * 1024,
    };

    public static XDocument Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = XmlReader.Create(stream, Settings());
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    public static int Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    public static int Column(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LinePosition : 0;

    /// <summary>An attribute by local name, ignoring case as MSBuild and NuGet do.</summary>
    public static string? Attribute(XElement element, string name)
    {
        foreach (var attribute in element.Attributes())
        {
            if (attribute.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
