using System.Xml.Linq;
using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.NuGet.MsBuild;

/// <summary>
/// Reads a project file, Directory.Build.props or Directory.Packages.props into an <see cref="MsBuildDocument"/>.
/// Pure: stream in, document out. Targets, UsingTask and ItemDefinitionGroup are skipped: they do not
/// declare dependencies during evaluation.
/// </summary>
internal static class MsBuildParser
{
    /// <summary>Condition of an Otherwise branch: never decidable without evaluating every When before it.</summary>
    public const string OtherwiseCondition = "$(__sightline_otherwise__)";

    private static readonly HashSet<string> ItemAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Include", "Update", "Remove", "Condition", "Exclude", "KeepMetadata", "RemoveMetadata", "KeepDuplicates", "MatchOnMetadata",
    };

    public static MsBuildDocument Parse(Stream stream, string file)
    {
        var document = SecureXml.Load(stream);
        var root = document.Root;
        if (root is null || !root.Name.LocalName.Equals("Project", StringComparison.Ordinal))
        {
            throw new ManifestFormatException(
                $"not an MSBuild file: the root element is <{root?.Name.LocalName}>, not <Project>",
                root is null ? null : SecureXml.Line(root),
                root is null ? null : SecureXml.Column(root));
        }

        var nodes = new List<MsBuildNode>();
        ReadChildren(root, [], file, nodes);
        return new MsBuildDocument(file, nodes);
    }

    private static void ReadChildren(XElement parent, IReadOnlyList<string> conditions, string file, List<MsBuildNode> nodes)
    {
        foreach (var element in parent.Elements())
        {
            var own = With(conditions, SecureXml.Attribute(element, "Condition"));
            switch (element.Name.LocalName)
            {
                case "PropertyGroup":
                    foreach (var property in element.Elements())
                    {
                        nodes.Add(new MsBuildProperty(
                            property.Name.LocalName,
                            property.Value.Trim(),
                            With(own, SecureXml.Attribute(property, "Condition")),
                            file,
                            SecureXml.Line(property)));
                    }

                    break;
                case "ItemGroup":
                    foreach (var item in element.Elements())
                    {
                        nodes.Add(ReadItem(item, own, file));
                    }

                    break;
                case "Import":
                    nodes.Add(ReadImport(element, conditions, file));
                    break;
                case "ImportGroup":
                    foreach (var import in element.Elements().Where(e => e.Name.LocalName == "Import"))
                    {
                        nodes.Add(ReadImport(import, own, file));
                    }

                    break;
                case "Choose":
                    ReadChoose(element, conditions, file, nodes);
                    break;
                default:
                    break;
            }
        }
    }

    private static void ReadChoose(XElement choose, IReadOnlyList<string> conditions, string file, List<MsBuildNode> nodes)
    {
        foreach (var branch in choose.Elements())
        {
            var condition = branch.Name.LocalName switch
            {
                "When" => SecureXml.Attribute(branch, "Condition"),
                "Otherwise" => OtherwiseCondition,
                _ => null,
            };
            if (condition is not null)
            {
                ReadChildren(branch, With(conditions, condition), file, nodes);
            }
        }
    }

    private static MsBuildImport ReadImport(XElement element, IReadOnlyList<string> conditions, string file) =>
        new(
            SecureXml.Attribute(element, "Project") ?? string.Empty,
            SecureXml.Attribute(element, "Sdk"),
            With(conditions, SecureXml.Attribute(element, "Condition")),
            file,
            SecureXml.Line(element));

    private static MsBuildItem ReadItem(XElement item, IReadOnlyList<string> conditions, string file)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var attribute in item.Attributes())
        {
            if (!ItemAttributes.Contains(attribute.Name.LocalName) && !attribute.IsNamespaceDeclaration)
            {
                metadata[attribute.Name.LocalName] = attribute.Value;
            }
        }

        foreach (var child in item.Elements())
        {
            // Child elements are metadata too; a metadata Condition is rare and not evaluated.
            metadata[child.Name.LocalName] = child.Value.Trim();
        }

        return new MsBuildItem(
            item.Name.LocalName,
            SecureXml.Attribute(item, "Include"),
            SecureXml.Attribute(item, "Update"),
            SecureXml.Attribute(item, "Remove"),
            metadata,
            With(conditions, SecureXml.Attribute(item, "Condition")),
            file,
            SecureXml.Line(item));
    }

    private static IReadOnlyList<string> With(IReadOnlyList<string> conditions, string? condition) =>
        string.IsNullOrWhiteSpace(condition) ? conditions : [.. conditions, condition];
}
