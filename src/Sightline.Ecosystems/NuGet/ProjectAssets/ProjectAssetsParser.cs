using System.Text.Json;
using Sightline.Core.Extraction;
using Sightline.Ecosystems.NuGet.Graph;

namespace Sightline.Ecosystems.NuGet.ProjectAssets;

/// <summary>The resolved graph, and the ids the project references with PrivateAssets="all" (suppressParent All).</summary>
internal sealed record ProjectAssetsFile(ResolvedLockfile Lockfile, IReadOnlySet<string> DevIds);

/// <summary>
/// Reads obj/project.assets.json (version 3), the file restore writes for every SDK-style project. Pure.
/// targets["net8.0"]["Id/1.0.0"] = { type: package|project, dependencies: { Id: range } };
/// libraries["Id/1.0.0"] = { sha512, path, msbuildProject }; projectFileDependencyGroups["net8.0"] =
/// ["Id >= 1.0.0", ...] (the project's own references); project.restore.projectName; and
/// project.frameworks[alias].dependencies[Id].suppressParent ("All" = PrivateAssets="all", a dev reference).
/// </summary>
internal static class ProjectAssetsParser
{
    public static ProjectAssetsFile Parse(Stream stream)
    {
        using var document = JsonDocument.Parse(stream, JsonRead.Options);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw JsonRead.Wrong("$", "an object", root);
        }

        var version = JsonRead.Int(root, "version", "$");
        if (version != 3)
        {
            throw new ManifestFormatException($"unsupported project.assets.json version {version} (3 is known)");
        }

        var libraries = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var library in JsonRead.OptionalObject(root, "libraries", "$"))
        {
            libraries[library.Name] = library.Value.ValueKind == JsonValueKind.Object
                ? library.Value
                : throw JsonRead.Wrong("$.libraries." + library.Name, "an object", library.Value);
        }

        var groups = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in JsonRead.OptionalObject(root, "projectFileDependencyGroups", "$"))
        {
            groups[group.Name] = ReadGroup(group.Value, "$.projectFileDependencyGroups." + group.Name);
        }

        var targets = new List<ResolvedTarget>();
        foreach (var target in JsonRead.OptionalObject(root, "targets", "$"))
        {
            var framework = target.Name.Split('/')[0];
            var direct = groups.GetValueOrDefault(framework) ?? [];
            var packages = new List<ResolvedPackage>();
            foreach (var entry in JsonRead.Object(target.Value, "$.targets." + target.Name))
            {
                packages.Add(ReadEntry(entry, "$.targets." + target.Name, libraries, direct));
            }

            targets.Add(new ResolvedTarget(target.Name, packages));
        }

        var project = root.TryGetProperty("project", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        string? name = null;
        var dev = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (project.ValueKind == JsonValueKind.Object)
        {
            if (project.TryGetProperty("restore", out var restore) && restore.ValueKind == JsonValueKind.Object)
            {
                name = JsonRead.OptionalString(restore, "projectName", "$.project.restore");
            }

            foreach (var framework in JsonRead.OptionalObject(project, "frameworks", "$.project"))
            {
                var path = "$.project.frameworks." + framework.Name;
                foreach (var dependency in JsonRead.OptionalObject(framework.Value, "dependencies", path))
                {
                    if (dependency.Value.ValueKind == JsonValueKind.Object
                        && JsonRead.OptionalString(dependency.Value, "suppressParent", path + ".dependencies." + dependency.Name) is { } suppress
                        && suppress.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("All", StringComparison.OrdinalIgnoreCase))
                    {
                        dev.Add(dependency.Name);
                    }
                }
            }
        }

        return new ProjectAssetsFile(new ResolvedLockfile($"project.assets.json v{version}", targets, name), dev);
    }

    private static ResolvedPackage ReadEntry(JsonProperty entry, string targetPath, Dictionary<string, JsonElement> libraries, Dictionary<string, string> direct)
    {
        var path = targetPath + "." + entry.Name;
        var slash = entry.Name.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == entry.Name.Length - 1)
        {
            throw new ManifestFormatException($"target entry '{entry.Name}' is not 'Id/Version' at {targetPath}");
        }

        if (entry.Value.ValueKind != JsonValueKind.Object)
        {
            throw JsonRead.Wrong(path, "an object", entry.Value);
        }

        var id = entry.Name[..slash];
        var version = NuGetVersions.Normalize(entry.Name[(slash + 1)..]);
        var isProject = string.Equals(JsonRead.OptionalString(entry.Value, "type", path), "project", StringComparison.OrdinalIgnoreCase);
        string? sha512 = null;
        string? location = null;
        if (libraries.TryGetValue(entry.Name, out var library))
        {
            sha512 = JsonRead.OptionalString(library, "sha512", "$.libraries." + entry.Name);
            location = JsonRead.OptionalString(library, isProject ? "msbuildProject" : "path", "$.libraries." + entry.Name);
        }

        var declared = direct.TryGetValue(id, out var requested);
        return new ResolvedPackage(
            id,
            version,
            isProject ? ResolvedKind.Project : declared ? ResolvedKind.Direct : ResolvedKind.Transitive,
            requested,
            sha512,
            location,
            JsonRead.StringMap(entry.Value, "dependencies", path))
        { DeclaredByProject = declared };
    }

    /// <summary>"Id >= 1.0.0" → (Id, ">= 1.0.0"); a bare "Id" has no requirement.</summary>
    private static Dictionary<string, string> ReadGroup(JsonElement group, string path)
    {
        if (group.ValueKind != JsonValueKind.Array)
        {
            throw JsonRead.Wrong(path, "an array", group);
        }

        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in group.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : throw JsonRead.Wrong(path + "[]", "a string", item);
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            result[space < 0 ? text : text[..space]] = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        }

        return result;
    }
}
