using System.Xml;

namespace Sightline.Ecosystems.Maven.Pom;

internal static partial class PomReader
{
    /// <summary>What a project and a profile both declare: properties, dependencies, management, modules.</summary>
    private sealed class Section
    {
        public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

        public List<PomDependency> Dependencies { get; } = [];

        public List<PomDependency> Management { get; } = [];

        public List<string> Modules { get; } = [];

        public bool TryRead(XmlReader reader, string name)
        {
            switch (name)
            {
                case "properties":
                    PomXml.Children(reader, key => Properties[key] = PomXml.Text(reader));
                    return true;
                case "dependencies":
                    ReadDependencies(reader, Dependencies);
                    return true;
                case "dependencyManagement":
                    PomXml.Children(reader, child =>
                    {
                        if (child == "dependencies")
                        {
                            ReadDependencies(reader, Management);
                        }
                        else
                        {
                            reader.Skip();
                        }
                    });
                    return true;
                case "modules":
                    PomXml.Children(reader, child =>
                    {
                        if (child == "module" && PomXml.OptionalText(reader) is { } module)
                        {
                            Modules.Add(module);
                        }
                        else if (child != "module")
                        {
                            reader.Skip();
                        }
                    });
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>An active profile's declarations win over the project's, as Maven injects them.</summary>
        public void Merge(Section profile)
        {
            foreach (var (key, value) in profile.Properties)
            {
                Properties[key] = value;
            }

            MergeByKey(Dependencies, profile.Dependencies);
            MergeByKey(Management, profile.Management);
            foreach (var module in profile.Modules)
            {
                if (!Modules.Contains(module))
                {
                    Modules.Add(module);
                }
            }
        }

        private static void MergeByKey(List<PomDependency> target, List<PomDependency> source)
        {
            foreach (var dependency in source)
            {
                var index = target.FindIndex(d => d.ManagementKey == dependency.ManagementKey);
                if (index >= 0)
                {
                    target[index] = dependency;
                }
                else
                {
                    target.Add(dependency);
                }
            }
        }
    }

    private static void ReadDependencies(XmlReader reader, List<PomDependency> into) =>
        PomXml.Children(reader, name =>
        {
            if (name == "dependency")
            {
                into.Add(ReadDependency(reader));
            }
            else
            {
                reader.Skip();
            }
        });

    private static PomDependency ReadDependency(XmlReader reader)
    {
        var line = PomXml.Line(reader);
        string? groupId = null, artifactId = null, version = null, type = null, classifier = null, scope = null, optional = null;
        var exclusions = new List<PomExclusion>();
        PomXml.Children(reader, name =>
        {
            switch (name)
            {
                case "groupId": groupId = PomXml.OptionalText(reader); break;
                case "artifactId": artifactId = PomXml.OptionalText(reader); break;
                case "version": version = PomXml.OptionalText(reader); break;
                case "type": type = PomXml.OptionalText(reader); break;
                case "classifier": classifier = PomXml.OptionalText(reader); break;
                case "scope": scope = PomXml.OptionalText(reader); break;
                case "optional": optional = PomXml.OptionalText(reader); break;
                case "exclusions": ReadExclusions(reader, exclusions); break;
                default: reader.Skip(); break;
            }
        });

        return new PomDependency(groupId, artifactId, version, type, classifier, scope, optional, exclusions, line);
    }

    private static void ReadExclusions(XmlReader reader, List<PomExclusion> into) =>
        PomXml.Children(reader, name =>
        {
            if (name != "exclusion")
            {
                reader.Skip();
                return;
            }

            string? groupId = null, artifactId = null;
            PomXml.Children(reader, part =>
            {
                switch (part)
                {
                    case "groupId": groupId = PomXml.OptionalText(reader); break;
                    case "artifactId": artifactId = PomXml.OptionalText(reader); break;
                    default: reader.Skip(); break;
                }
            });

            // Maven treats a missing part of an exclusion as matching nothing; "*" is the explicit wildcard.
            if (groupId is not null && artifactId is not null)
            {
                into.Add(new PomExclusion(groupId, artifactId));
            }
        });
}
