using Sightline.Core.Model;
using Sightline.Ecosystems.PyPI.Shared;
using Tomlyn.Model;

namespace Sightline.Ecosystems.PyPI.Pipfile;

/// <summary>
/// Pipfile (TOML): [packages] (runtime) and [dev-packages] (dev), name → "*" | "specifier" | {version, extras,
/// markers, git + ref, path | file, editable}. Other pipenv categories are not read.
/// </summary>
internal static class PipfileParser
{
    public static List<Declaration> Parse(Stream stream)
    {
        var document = TomlReading.Load(stream);
        var declarations = new List<Declaration>();
        foreach (var (section, scope) in new[] { ("packages", DependencyScope.Runtime), ("dev-packages", DependencyScope.Dev) })
        {
            if (TomlReading.Table(document, section) is not { } table)
            {
                continue;
            }

            foreach (var (name, value) in table)
            {
                declarations.Add(Declare(name, value, scope));
            }
        }

        return declarations;
    }

    private static Declaration Declare(string name, object? value, DependencyScope scope)
    {
        if (value is string version)
        {
            return new Declaration(name, version == "*" ? null : version, scope);
        }

        if (value is not TomlTable spec)
        {
            throw TomlReading.Wrong(name, "a version string or a table");
        }

        var range = TomlReading.String(spec, "version");
        var declaration = new Declaration(name, range is null or "*" ? null : range, scope)
        {
            Extras = [.. TomlReading.Strings(spec, "extras")],
            Marker = TomlReading.String(spec, "markers"),
        };
        if (TomlReading.String(spec, "git") is { } git)
        {
            var reference = TomlReading.String(spec, "ref");
            return declaration with { Source = PackageSource.Git, Resolved = reference is null ? git : git + "@" + reference, Requirement = git };
        }

        return (TomlReading.String(spec, "path") ?? TomlReading.String(spec, "file")) is { } path
            ? declaration with { Source = PyPISources.Classify(path) == PackageSource.Url ? PackageSource.Url : PackageSource.Local, Resolved = path, Requirement = path }
            : declaration;
    }
}
