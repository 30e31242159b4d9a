using System.Text;
using System.Xml;
using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Maven.Pom;

/// <summary>
/// The XmlReader plumbing of <see cref="PomReader"/>: secure settings (no DTD, no resolver, so an XXE POM
/// fails before anything is expanded or fetched), child-element walking and text reading.
/// </summary>
internal static class PomXml
{
    public static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
        // A POM is never this large; the bound also holds for entity-free documents.
        MaxCharactersInDocument = 64L * 1024 * 1024,
    };

    public static int Line(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    public static int Column(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LinePosition : 0;

    /// <summary>
    /// Calls <paramref name="onChild"/> for each child element of the element the reader is on; the callback
    /// must consume the whole child (read its text or call Skip). Leaves the reader after the end tag.
    /// </summary>
    public static void Children(XmlReader reader, Action<string> onChild)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                reader.Read();
                return;
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                onChild(reader.LocalName);
            }
            else
            {
                reader.Read();
            }
        }

        throw new ManifestFormatException("unexpected end of the POM", Line(reader), Column(reader));
    }

    /// <summary>The trimmed text of the current element (nested elements skipped); the reader moves past it.</summary>
    public static string Text(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        var text = new StringBuilder();
        reader.Read();
        while (!reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.EndElement when reader.Depth == depth:
                    reader.Read();
                    return text.ToString().Trim();
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    text.Append(reader.Value);
                    reader.Read();
                    break;
                case XmlNodeType.Element:
                    reader.Skip();
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        throw new ManifestFormatException("unexpected end of the POM", Line(reader), Column(reader));
    }

    /// <summary>Text, or null for an element that holds only whitespace.</summary>
    public static string? OptionalText(XmlReader reader)
    {
        var text = Text(reader);
        return text.Length == 0 ? null : text;
    }
}
