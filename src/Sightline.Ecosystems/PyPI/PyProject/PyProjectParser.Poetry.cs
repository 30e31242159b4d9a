using Sightline.Core.Model;
using Sightline.Ecosystems.PyPI.Shared;
using Tomlyn.Model;

namespace Sightline.Ecosystems.PyPI.PyProject;

internal static partial class PyProjectParser
{
    private static void ReadPoetry(TomlTable poetry, PyProjectManifest manifest)
    {
        // PEP 621 [project] wins when both name the project (Poetry 2 reads [project] first too).
        var poetryName = TomlReading.String(poetry, "name");
        manifest.Name ??= poetryName;
        if (poetryName is null || poetryName == manifest.Name)
        {
            manifest.Version ??= TomlReading.String(poetry, "version");
            manifest.License ??= LicenseOf(poetry);
        }

        if (TomlReading.Table(poetry, "dependencies") is { } main)
        {
            AddPoetryTable(manifest, main, DependencyScope.Runtime);
        }

        if (TomlReading.Table(poetry, "dev-dependencies") is { } dev)
        {
            AddPoetryTable(manifest, dev, DependencyScope.Dev);
        }

        if (TomlReading.Table(poetry, "group") is { } groups)
        {
            foreach (var (group, value) in groups)
            {
                if (value is TomlTable groupTable && TomlReading.Table(groupTable, "dependencies") is { } dependencies)
                {
                    AddPoetryTable(manifest, dependencies, PyPIScopes.ForGroup(group));
                }
            }
        }
    }

    /// <summary>name → "constraint" | {version, optional, extras, markers, git, path, url, ...} | [several of those].</summary>
    private static void AddPoetryTable(PyProjectManifest manifest, TomlTable table, DependencyScope scope)
    {
        foreach (var (name, value) in table)
        {
            // "python" is the interpreter constraint, not a package.
            if (name.Equals("python", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (value is TomlArray alternatives)
            {
                foreach (var alternative in alternatives)
                {
                    manifest.Declarations.Add(PoetryDeclaration(name, alternative, scope));
                }
            }
            else
            {
                manifest.Declarations.Add(PoetryDeclaration(name, value, scope));
            }
        }
    }

    public static Declaration PoetryDeclaration(string name, object? value, DependencyScope scope)
    {
        if (value is string constraint)
        {
            return new Declaration(name, constraint, scope) { Version = PoetryPin(constraint) };
        }

        if (value is not TomlTable spec)
        {
            throw TomlReading.Wrong(name, "a version string or a table");
        }

        var version = TomlReading.String(spec, "version");
        var declaration = new Declaration(name, version, TomlReading.Bool(spec, "optional") && scope == DependencyScope.Runtime ? DependencyScope.Optional : scope)
        {
            Version = version is null ? null : PoetryPin(version),
            Extras = [.. TomlReading.Strings(spec, "extras")],
            Marker = TomlReading.String(spec, "markers"),
        };
        if (TomlReading.String(spec, "git") is { } git)
        {
            var reference = TomlReading.String(spec, "rev") ?? TomlReading.String(spec, "tag") ?? TomlReading.String(spec, "branch");
            return declaration with { Source = PackageSource.Git, Resolved = reference is null ? git : git + "@" + reference, Requirement = version ?? git };
        }

        if (TomlReading.String(spec, "path") is { } path)
        {
            return declaration with { Source = PackageSource.Local, Resolved = path, Requirement = version ?? path };
        }

        return TomlReading.String(spec, "url") is { } url
            ? declaration with { Source = PackageSource.Url, Resolved = url, Requirement = version ?? url }
            : declaration;
    }

    /// <summary>Poetry reads a bare version ("24.4.2") or "==24.4.2" as an exact pin.</summary>
    public static string? PoetryPin(string constraint)
    {
        var text = constraint.Trim();
        if (text.Length > 0 && char.IsAsciiDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-' or '!'))
        {
            return text;
        }

        return Pep508.PinnedVersion(text);
    }
}
