using System.Xml;

namespace Sightline.Remediation.Registries;

/// <summary>
/// A Maven repository: GET {base}/{group/as/path}/{artifact}/maven-metadata.xml → the
/// &lt;versioning&gt;&lt;versions&gt;&lt;version&gt; texts. DTDs are prohibited and nothing external is resolved.
/// </summary>
internal sealed class MavenProtocol : RegistryProtocol
{
    public static readonly MavenProtocol Instance = new();

    public override string Name => "Maven repository";

    public override string Accept => "application/xml, text/xml";

    public override Uri? Base(RegistryEndpoints endpoints) => endpoints.Maven;

    public override string? PathFor(string package, out string? problem)
    {
        var parts = package.Split(':');
        if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            problem = $"'{package}' is not a Maven groupId:artifactId";
            return null;
        }

        var segments = new List<string>();
        foreach (var part in parts[0].Split('.').Append(parts[1]))
        {
            if (Segment(part, out problem) is not { } segment)
            {
                return null;
            }

            segments.Add(segment);
        }

        problem = null;
        return string.Join('/', segments) + "/maven-metadata.xml";
    }

    public override IReadOnlyList<string> Parse(byte[] body)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var stream = new MemoryStream(body, writable: false);
        using var reader = XmlReader.Create(stream, settings);
        var versions = new List<string>();
        var path = new Stack<string>();
        // ReadElementContentAsString already moves past the element: do not Read() again after it.
        var more = reader.Read();
        while (more)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "version" && path.TryPeek(out var parent) && parent == "versions")
            {
                versions.Add(reader.ReadElementContentAsString());
                more = !reader.EOF;
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement)
            {
                path.Push(reader.LocalName);
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                path.TryPop(out _);
            }

            more = reader.Read();
        }

        return Distinct(versions);
    }
}
