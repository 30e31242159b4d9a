using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Ecosystems.PyPI.Shared;
using Tomlyn.Model;

namespace Sightline.Ecosystems.PyPI.PyProject;

/// <summary>
/// pyproject.toml: PEP 621 [project] (dependencies → runtime, optional-dependencies → optional), PEP 735
/// [dependency-groups] (dev, test by name; include-group entries are skipped since the included group is read
/// on its own), [tool.poetry] (dependencies, group.*.dependencies, dev-dependencies), [tool.pdm.dev-dependencies]
/// and the legacy [tool.uv] dev-dependencies.
/// </summary>
internal static partial class PyProjectParser
{
    public static PyProjectManifest Parse(Stream stream)
    {
        var document = TomlReading.Load(stream);
        var manifest = new PyProjectManifest();
        if (TomlReading.Table(document, "project") is { } project)
        {
            ReadProject(project, manifest);
        }

        if (TomlReading.Table(document, "dependency-groups") is { } groups)
        {
            foreach (var (group, entries) in groups)
            {
                AddStrings(manifest, entries, "dependency-groups." + group, PyPIScopes.ForGroup(group));
            }
        }

        var tool = TomlReading.Table(document, "tool");
        if (tool is not null && TomlReading.Table(tool, "poetry") is { } poetry)
        {
            ReadPoetry(poetry, manifest);
        }

        if (tool is not null && TomlReading.Table(tool, "pdm") is { } pdm && TomlReading.Table(pdm, "dev-dependencies") is { } pdmGroups)
        {
            foreach (var (group, entries) in pdmGroups)
            {
                AddStrings(manifest, entries, "tool.pdm.dev-dependencies." + group, PyPIScopes.ForGroup(group));
            }
        }

        if (tool is not null && TomlReading.Table(tool, "uv") is { } uv && uv.TryGetValue("dev-dependencies", out var uvDev))
        {
            AddStrings(manifest, uvDev, "tool.uv.dev-dependencies", DependencyScope.Dev);
        }

        return manifest;
    }

    private static void ReadProject(TomlTable project, PyProjectManifest manifest)
    {
        manifest.Name = TomlReading.String(project, "name");
        var dynamic = TomlReading.Strings(project, "dynamic").ToHashSet(StringComparer.Ordinal);
        manifest.Version = dynamic.Contains("version") ? null : TomlReading.String(project, "version");
        manifest.License = LicenseOf(project);
        if (project.TryGetValue("dependencies", out var dependencies))
        {
            AddStrings(manifest, dependencies, "project.dependencies", DependencyScope.Runtime);
        }

        if (TomlReading.Table(project, "optional-dependencies") is { } extras)
        {
            foreach (var (extra, entries) in extras)
            {
                AddStrings(manifest, entries, "project.optional-dependencies." + extra, DependencyScope.Optional);
            }
        }
    }

    /// <summary>An array of PEP 508 strings; tables in it (PEP 735 include-group) are skipped.</summary>
    private static void AddStrings(PyProjectManifest manifest, object? entries, string key, DependencyScope scope)
    {
        if (entries is not TomlArray array)
        {
            throw TomlReading.Wrong(key, "an array of requirement strings");
        }

        foreach (var entry in array)
        {
            if (entry is string text)
            {
                var requirement = Pep508.Parse(text) ?? throw new ManifestFormatException($"'{key}': '{text}' is not a PEP 508 requirement");
                manifest.Declarations.Add(Declaration.FromPep508(requirement, scope));
            }
            else if (entry is not TomlTable)
            {
                throw TomlReading.Wrong(key, "an array of requirement strings");
            }
        }
    }
}
