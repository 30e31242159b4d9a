using System.Xml;
using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Maven.Pom;

/// <summary>
/// Reads a pom.xml into a <see cref="PomDocument"/>: pure (stream in), streaming (XmlReader, no DOM) and
/// secure (see <see cref="PomXml.Settings"/>). A malformed POM throws XmlException or
/// ManifestFormatException with the line.
/// </summary>
internal static partial class PomReader
{
    public static PomDocument Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = XmlReader.Create(stream, PomXml.Settings());
        try
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "project")
            {
                throw new ManifestFormatException($"the root element is <{reader.LocalName}>, a POM's is <project>", PomXml.Line(reader), PomXml.Column(reader));
            }

            return ReadProject(reader);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new ManifestFormatException(
                "a POM must not contain a DOCTYPE: DTDs and entities are refused and nothing was resolved or fetched",
                ex.LineNumber > 0 ? ex.LineNumber : null, ex.LinePosition > 0 ? ex.LinePosition : null, ex);
        }
    }

    private static PomDocument ReadProject(XmlReader reader)
    {
        var section = new Section();
        string? groupId = null, artifactId = null, version = null, packaging = null;
        PomParent? parent = null;
        IReadOnlyList<string> licenses = [];
        var activeProfiles = new List<Section>();
        PomXml.Children(reader, name =>
        {
            switch (name)
            {
                case "groupId": groupId = PomXml.OptionalText(reader); break;
                case "artifactId": artifactId = PomXml.OptionalText(reader); break;
                case "version": version = PomXml.OptionalText(reader); break;
                case "packaging": packaging = PomXml.OptionalText(reader); break;
                case "parent": parent = ReadParent(reader); break;
                case "licenses": licenses = ReadLicenses(reader); break;
                case "profiles": ReadProfiles(reader, activeProfiles); break;
                default:
                    if (!section.TryRead(reader, name))
                    {
                        reader.Skip();
                    }

                    break;
            }
        });

        foreach (var profile in activeProfiles)
        {
            section.Merge(profile);
        }

        return new PomDocument
        {
            GroupId = groupId,
            ArtifactId = artifactId,
            Version = version,
            Packaging = packaging,
            Parent = parent,
            Licenses = licenses,
            Properties = section.Properties,
            Dependencies = section.Dependencies,
            Management = section.Management,
            Modules = section.Modules,
        };
    }

    private static PomParent ReadParent(XmlReader reader)
    {
        var line = PomXml.Line(reader);
        string? groupId = null, artifactId = null, version = null, relativePath = null;
        PomXml.Children(reader, name =>
        {
            switch (name)
            {
                case "groupId": groupId = PomXml.OptionalText(reader); break;
                case "artifactId": artifactId = PomXml.OptionalText(reader); break;
                case "version": version = PomXml.OptionalText(reader); break;
                case "relativePath": relativePath = PomXml.Text(reader); break;
                default: reader.Skip(); break;
            }
        });

        return new PomParent(groupId, artifactId, version, relativePath, line);
    }

    /// <summary>Keeps the profiles marked activeByDefault; activation by property, JDK, OS or file is not evaluated.</summary>
    private static void ReadProfiles(XmlReader reader, List<Section> active)
    {
        PomXml.Children(reader, name =>
        {
            if (name != "profile")
            {
                reader.Skip();
                return;
            }

            var profile = new Section();
            var activeByDefault = false;
            PomXml.Children(reader, child =>
            {
                if (child == "activation")
                {
                    PomXml.Children(reader, activation =>
                    {
                        if (activation == "activeByDefault")
                        {
                            activeByDefault = string.Equals(PomXml.Text(reader), "true", StringComparison.OrdinalIgnoreCase);
                        }
                        else
                        {
                            reader.Skip();
                        }
                    });
                }
                else if (!profile.TryRead(reader, child))
                {
                    reader.Skip();
                }
            });

            if (activeByDefault)
            {
                active.Add(profile);
            }
        });
    }
}
