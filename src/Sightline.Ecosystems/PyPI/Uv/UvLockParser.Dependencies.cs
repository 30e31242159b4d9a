using Sightline.Core.Model;
using Sightline.Ecosystems.PyPI.Shared;
using Tomlyn.Model;

namespace Sightline.Ecosystems.PyPI.Uv;

internal static partial class UvLockParser
{
    private static void ReadDependencies(TomlTable entry, LockedPackage package)
    {
        var specifiers = Specifiers(entry);
        foreach (var dependency in TomlReading.Tables(entry, "dependencies"))
        {
            package.Dependencies.Add(Dependency(dependency, DependencyScope.Runtime, specifiers));
        }

        if (TomlReading.Table(entry, "optional-dependencies") is { } extras)
        {
            foreach (var (extra, _) in extras)
            {
                foreach (var dependency in TomlReading.Tables(extras, extra))
                {
                    package.AddExtraDependency(extra, Dependency(dependency, DependencyScope.Optional, specifiers));
                }
            }
        }
    }

    private static void ReadDevGroups(TomlTable entry, List<Declaration> declarations)
    {
        var specifiers = Specifiers(entry);
        if (TomlReading.Table(entry, "dev-dependencies") is not { } groups)
        {
            return;
        }

        foreach (var (group, _) in groups)
        {
            var scope = PyPIScopes.ForGroup(group);
            foreach (var dependency in TomlReading.Tables(groups, group))
            {
                declarations.Add(Dependency(dependency, scope, specifiers));
            }
        }
    }

    private static Declaration Dependency(TomlTable dependency, DependencyScope scope, Dictionary<string, string> specifiers)
    {
        var name = TomlReading.String(dependency, "name") ?? throw TomlReading.Wrong("dependencies.name", "a string");
        var normalized = PackageNames.Normalize(Ecosystem.PyPI, name);
        return new Declaration(name, specifiers.GetValueOrDefault(normalized), scope)
        {
            Version = TomlReading.String(dependency, "version"),
            Extras = [.. TomlReading.Strings(dependency, "extra")],
            Marker = TomlReading.String(dependency, "marker"),
        };
    }

    /// <summary>
    /// The declared ranges, from [package.metadata] requires-dist / requires-dev (uv records them for local
    /// packages only): edge requirements for the project's own declarations.
    /// </summary>
    private static Dictionary<string, string> Specifiers(TomlTable entry)
    {
        var specifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (TomlReading.Table(entry, "metadata") is not { } metadata)
        {
            return specifiers;
        }

        void Read(IEnumerable<TomlTable> requirements)
        {
            foreach (var requirement in requirements)
            {
                if (TomlReading.String(requirement, "name") is { } name
                    && (TomlReading.String(requirement, "specifier") ?? TomlReading.String(requirement, "url") ?? TomlReading.String(requirement, "git")) is { } specifier)
                {
                    specifiers.TryAdd(PackageNames.Normalize(Ecosystem.PyPI, name), specifier);
                }
            }
        }

        Read(TomlReading.Tables(metadata, "requires-dist"));
        if (TomlReading.Table(metadata, "requires-dev") is { } groups)
        {
            foreach (var (group, _) in groups)
            {
                Read(TomlReading.Tables(groups, group));
            }
        }

        return specifiers;
    }
}
