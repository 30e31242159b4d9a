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

    /// <summary>Bundled dependencies ship inside the tarball and need no lockfile entry of their own.</summary>
    private static bool Bundled(JsonElement entry, string name)
    {
        if (!entry.TryGetProperty("bundleDependencies", out var bundled) && !entry.TryGetProperty("bundledDependencies", out bundled))
        {
            return false;
        }

        if (bundled.ValueKind == JsonValueKind.True)
        {
            return true;
        }

        if (bundled.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in bundled.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.ValueEquals(name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static HashSet<string>? OptionalPeers(JsonElement entry)
    {
        if (!entry.TryGetProperty("peerDependenciesMeta", out var meta) || meta.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var peer in meta.EnumerateObject())
        {
            if (peer.Value.ValueKind == JsonValueKind.Object && JsonLimits.Flag(peer.Value, "optional"))
            {
                set.Add(peer.Name);
            }
        }

        return set;
    }

    /// <summary>Node's module lookup: &lt;dir&gt;/node_modules/&lt;name&gt; from the package's folder up to the root.</summary>
    private int? Resolve(string location, string name)
    {
        var dir = location;
        while (true)
        {
            var candidate = dir.Length == 0 ? "node_modules/" + name : dir + "/node_modules/" + name;
            if (_ids.TryGetValue(candidate, out var id))
            {
                return id;
            }

            if (dir.Length == 0)
            {
                return null;
            }

            dir = Parent(dir);
        }
    }

    /// <summary>The enclosing folder that can hold a node_modules: "a/node_modules/@s/b" → "a".</summary>
    private static string Parent(string dir)
    {
        var cut = dir.LastIndexOf('/');
        dir = cut < 0 ? string.Empty : dir[..cut];
        while (dir.Length > 0)
        {
            var last = dir.LastIndexOf('/');
            var segment = last < 0 ? dir : dir[(last + 1)..];
            if (segment != "node_modules" && !segment.StartsWith('@'))
            {
                break;
            }

            dir = last < 0 ? string.Empty : dir[..last];
        }

        return dir;
    }
}
