using System.Text.Json;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Npm.PackageJson;

namespace Sightline.Ecosystems.Npm.PackageLock;

internal sealed partial class PackagesReader
{
    private List<string> AddWorkspaceMembers(JsonElement rootEntry)
    {
        var folders = new List<string>();
        if (rootEntry.ValueKind != JsonValueKind.Object || !rootEntry.TryGetProperty("workspaces", out _))
        {
            return folders;
        }

        var globs = new List<string>();
        var workspaces = rootEntry.GetProperty("workspaces");
        if (workspaces.ValueKind == JsonValueKind.Object && workspaces.TryGetProperty("packages", out var inner))
        {
            workspaces = inner;
        }

        if (workspaces.ValueKind == JsonValueKind.Array)
        {
            foreach (var glob in workspaces.EnumerateArray())
            {
                if (glob.ValueKind == JsonValueKind.String)
                {
                    globs.Add(glob.GetString()!);
                }
            }
        }

        // Folder entries (no node_modules in the key) are local packages; the globs pick the members.
        var candidates = new List<string>();
        foreach (var key in _ids.Keys)
        {
            if (key.Length > 0 && !key.StartsWith("node_modules/", StringComparison.Ordinal) && !key.Contains("/node_modules/", StringComparison.Ordinal))
            {
                candidates.Add(key);
            }
        }

        foreach (var key in Workspaces.Match(globs, candidates))
        {
            var id = _ids[key];
            if (!_members.Add(id))
            {
                continue;
            }

            graph.Nodes[id].Direct = true;
            if (RepositoryPath.Combine(lockfileFolder, key) is { } folder)
            {
                folders.Add(folder);
            }
        }

        return folders;
    }

    private void AddEdges(int id, JsonElement entry)
    {
        var location = graph.Nodes[id].Location ?? string.Empty;
        var declaring = id == 0 || _members.Contains(id);
        var optionalPeers = OptionalPeers(entry);
        foreach (var (property, sectionScope) in PackageJsonManifest.Sections)
        {
            if (sectionScope == DependencyScope.Dev && !declaring)
            {
                // Only the root and workspace members get their devDependencies installed.
                continue;
            }

            if (!JsonLimits.TryGetObject(entry, property, out var section, location))
            {
                continue;
            }

            foreach (var dep in section.EnumerateObject())
            {
                var range = dep.Value.ValueKind == JsonValueKind.String ? dep.Value.GetString() : null;
                if (Resolve(location, dep.Name) is not { } child)
                {
                    var optional = sectionScope == DependencyScope.Optional || (sectionScope == DependencyScope.Peer && optionalPeers?.Contains(dep.Name) == true);
                    if (!optional && sectionScope != DependencyScope.Peer && !Bundled(entry, dep.Name) && graph.Nodes[id].Scope != DependencyScope.Optional)
                    {
                        graph.AddUnresolved(new UnresolvedDependency(dep.Name, range, $"not found in the lockfile from '{(location.Length == 0 ? "(root)" : location)}'", sectionScope));
                    }

                    continue;
                }

                if (child == id)
                {
                    continue;
                }

                graph.AddEdge(id, child, sectionScope, range);
                if (declaring)
                {
                    graph.Nodes[child].Direct = true;
                }
            }
        }
    }
}
