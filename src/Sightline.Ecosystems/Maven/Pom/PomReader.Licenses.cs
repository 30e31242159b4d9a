using System.Xml;

namespace Sightline.Ecosystems.Maven.Pom;

internal static partial class PomReader
{
    /// <summary>
    /// The &lt;name&gt; of each &lt;license&gt;, as written. A licence without a plain-text name (absent, blank,
    /// or only nested elements) is left out: it names nothing we could report.
    /// </summary>
    private static List<string> ReadLicenses(XmlReader reader)
    {
        var names = new List<string>();
        PomXml.Children(reader, element =>
        {
            if (element != "license")
            {
                reader.Skip();
                return;
            }

            PomXml.Children(reader, child =>
            {
                if (child == "name" && PomXml.OptionalText(reader) is { } name)
                {
                    names.Add(name);
                }
                else if (child != "name")
                {
                    reader.Skip();
                }
            });
        });

        return names;
    }
}
