using System.Text.Json;
using Sightline.Core.Model;

namespace Sightline.Ecosystems.Npm.PackageLock;

/// <summary>
/// Builds the graph of a lockfile v2/v3 "packages" map: one node per location, dependencies resolved
/// with Node's lookup (own node_modules, then each ancestor's, then the root's).
/// </summary>
internal sealed partial class PackagesReader(DependencyGraph graph, JsonElement packages, string lockfileFolder)
{
    private const string NodeModules = "node_modules/";

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal) { [string.Empty] = 0 };
    private readonly List<(int Id, JsonElement Entry)> _entries = [];
    private readonly HashSet<int> _members = [];

    /// <summary>Returns the repository-relative folders of the workspace members.</summary>
    public List<string> Read()
    {
        var links = new List<(string Key, JsonElement Entry)>();
        var rootEntry = default(JsonElement);
        foreach (var property in packages.EnumerateObject())
        {
            var key = property.Name;
            var entry = property.Value;
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw new Sightline.Core.Extraction.ManifestFormatException($"packages entry '{key}' must be an object, not {entry.ValueKind}");
            }

            if (key.Length == 0)
            {
                rootEntry = entry;
                graph.Root.License = PackageJson.NpmLicense.Read(entry);
                _entries.Add((0, entry));
                continue;
            }

            if (JsonLimits.Flag(entry, "link"))
            {
                links.Add((key, entry));
                continue;
            }

            var node = AddPackageNode(key, entry);
            _ids[key] = node.Id;
            _entries.Add((node.Id, entry));
        }

        ResolveLinks(links);
        var memberFolders = AddWorkspaceMembers(rootEntry);
        foreach (var (id, entry) in _entries)
        {
            AddEdges(id, entry);
        }

        // Members hang off the root; after the declared edges, so a declared requirement is kept.
        foreach (var member in _members)
        {
            graph.AddEdge(0, member, DependencyScope.Runtime);
        }

        return memberFolders;
    }

    private PackageNode AddPackageNode(string key, JsonElement entry)
    {
        var cut = key.LastIndexOf(NodeModules, StringComparison.Ordinal);
        var installedName = cut < 0 ? key[(key.LastIndexOf('/') + 1)..] : key[(cut + NodeModules.Length)..];
        var realName = JsonLimits.OptionalString(entry, "name");
        var inNodeModules = cut >= 0;
        var node = graph.AddNode(realName ?? installedName, JsonLimits.OptionalString(entry, "version"), PackageLockParser.ScopeFromFlags(entry));
        if (inNodeModules && realName is not null && realName != installedName)
        {
            node.Alias = installedName;
        }

        node.Location = key;
        node.Resolved = JsonLimits.OptionalString(entry, "resolved");
        node.Integrity = JsonLimits.OptionalString(entry, "integrity");
        node.License = JsonLimits.OptionalString(entry, "license");
        node.Source = inNodeModules ? NpmSources.Classify(node.Resolved) : PackageSource.Local;
        return node;
    }

    /// <summary>A "link": true entry stands for the folder its "resolved" names (a workspace or file: package).</summary>
    private void ResolveLinks(List<(string Key, JsonElement Entry)> links)
    {
        foreach (var (key, entry) in links)
        {
            var target = JsonLimits.OptionalString(entry, "resolved") ?? string.Empty;
            if (!_ids.TryGetValue(target, out var id))
            {
                var cut = key.LastIndexOf(NodeModules, StringComparison.Ordinal);
                var node = graph.AddNode(cut < 0 ? key : key[(cut + NodeModules.Length)..], null);
                node.Source = PackageSource.Local;
                node.Location = target;
                node.Resolved = target;
                id = node.Id;
                _ids[target] = id;
            }

            _ids[key] = id;
        }
    }
}
