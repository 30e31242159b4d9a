using System.Xml;
using Sightline.Core.Extraction;
using Sightline.Ecosystems.Maven.Pom;

namespace Sightline.Ecosystems.Maven.Sources;

/// <summary>maven-metadata.xml: the versions a repository holds for group:artifact, for version ranges.</summary>
internal static class MavenMetadata
{
    public static IReadOnlyList<string> Versions(Stream stream)
    {
        var versions = new List<string>();
        using var reader = XmlReader.Create(stream, PomXml.Settings());
        try
        {
            reader.MoveToContent();
            PomXml.Children(reader, name =>
            {
                if (name != "versioning")
                {
                    reader.Skip();
                    return;
                }

                PomXml.Children(reader, part =>
                {
                    if (part != "versions")
                    {
                        reader.Skip();
                        return;
                    }

                    PomXml.Children(reader, item =>
                    {
                        if (item == "version" && PomXml.OptionalText(reader) is { } version)
                        {
                            versions.Add(version);
                        }
                        else if (item != "version")
                        {
                            reader.Skip();
                        }
                    });
                });
            });
        }
        catch (Exception ex) when (ex is XmlException or ManifestFormatException)
        {
            // Broken metadata knows no versions; ranges then stay unresolved.
            return [];
        }

        return versions;
    }
}
