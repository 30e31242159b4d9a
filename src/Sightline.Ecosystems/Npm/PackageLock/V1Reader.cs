using System.Text.Json;
using Sightline.Core.Model;
using Sightline.Ecosystems.Npm.PackageJson;

namespace Sightline.Ecosystems.Npm.PackageLock;

/// <summary>
/// Lockfile v1: a nested "dependencies" tree mirroring node_modules. A "requires" entry resolves to the
/// requiring package's own nested dependency, else the nearest ancestor's, else the top level.
/// </summary>
internal sealed class V1Reader(DependencyGraph graph, PackageJsonManifest? rootManifest)
{
    /// <summary>One level of nesting: the packages installed in one node_modules folder.</summary>
    private sealed class Frame(Frame? parent)
    {
        public Frame? Parent { get; } = parent;

        public Dictionary<string, int> Children { get; } = new(StringComparer.Ordinal);
    }

    private readonly List<(int Id, JsonElement Entry, Frame Own)> _packages = [];

    public void Read(JsonElement root)
    {
        var top = new Frame(null);
        if (JsonLimits.TryGetObject(root, "dependencies", out var dependencies))
        {
            AddLevel(dependencies, string.Empty, top);
        }

        var required = new HashSet<int>();
        foreach (var (id, entry, own) in _packages)
        {
            if (!JsonLimits.TryGetObject(entry, "requires", out var requires, graph.Nodes[id].Location))
            {
                continue;
            }

            foreach (var require in requires.EnumerateObject())
            {
                var range = require.Value.ValueKind == JsonValueKind.String ? require.Value.GetString() : null;
                if (Lookup(own, require.Name) is { } child)
                {
                    graph.AddEdge(id, child, graph.Nodes[child].Scope == DependencyScope.Optional ? DependencyScope.Optional : DependencyScope.Runtime, range);
                    required.Add(child);
                }
                else if (graph.Nodes[id].Scope != DependencyScope.Optional)
                {
                    graph.AddUnresolved(new UnresolvedDependency(require.Name, range, $"not found in the lockfile from '{graph.Nodes[id].Location}'"));
                }
            }
        }

        AddRootEdges(top, required);
    }

    private void AddLevel(JsonElement dependencies, string parentLocation, Frame frame)
    {
        foreach (var property in dependencies.EnumerateObject())
        {
            var entry = property.Value;
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw new Sightline.Core.Extraction.ManifestFormatException($"dependency '{property.Name}' must be an object, not {entry.ValueKind}");
            }

            var location = (parentLocation.Length == 0 ? "node_modules/" : parentLocation + "/node_modules/") + property.Name;
            var node = AddNode(property.Name, entry, location);
            frame.Children[property.Name] = node.Id;
            var own = new Frame(frame);
            _packages.Add((node.Id, entry, own));
            if (JsonLimits.TryGetObject(entry, "dependencies", out var nested, location))
            {
                AddLevel(nested, location, own);
            }
        }
    }

    private PackageNode AddNode(string installedName, JsonElement entry, string location)
    {
        var name = installedName;
        var recorded = JsonLimits.OptionalString(entry, "version");
        string? version = recorded;
        string? alias = null;
        var resolved = JsonLimits.OptionalString(entry, "resolved");
        if (recorded is not null && NpmSources.TryParseAlias(recorded, out var realName, out var realVersion))
        {
            alias = installedName;
            name = realName;
            version = realVersion;
        }
        else if (recorded is not null && NpmSources.Classify(recorded) != PackageSource.Registry)
        {
            // v1 records git and file dependencies by their spec, not a version number.
            version = null;
            resolved ??= recorded;
        }

        var node = graph.AddNode(name, version, PackageLockParser.ScopeFromFlags(entry));
        node.Alias = alias;
        node.Location = location;
        node.Resolved = resolved;
        node.Integrity = JsonLimits.OptionalString(entry, "integrity");
        node.Source = NpmSources.Classify(resolved ?? recorded);
        return node;
    }

    private static int? Lookup(Frame? frame, string name)
    {
        for (; frame is not null; frame = frame.Parent)
        {
            if (frame.Children.TryGetValue(name, out var id))
            {
                return id;
            }
        }

        return null;
    }

    private void AddRootEdges(Frame top, HashSet<int> required)
    {
        if (rootManifest is not null)
        {
            foreach (var dep in rootManifest.Dependencies)
            {
                if (top.Children.TryGetValue(dep.Name, out var id))
                {
                    graph.AddEdge(0, id, dep.Scope, dep.Requirement);
                    graph.Nodes[id].Direct = true;
                }
                else if (dep.Scope is not DependencyScope.Optional and not DependencyScope.Peer)
                {
                    graph.AddUnresolved(new UnresolvedDependency(dep.Name, dep.Requirement, "declared in package.json but not in the lockfile", dep.Scope));
                }
            }

            return;
        }

        // Without package.json, v1 does not say what the root declares: take the top-level packages
        // nothing else requires, and say so.
        foreach (var id in top.Children.Values)
        {
            if (!required.Contains(id))
            {
                graph.AddEdge(0, id, graph.Nodes[id].Scope);
                graph.Nodes[id].Direct = true;
            }
        }

        graph.AddUnresolved(new UnresolvedDependency("*", null, "no package.json next to a lockfile v1: direct dependencies inferred as the top-level packages nothing requires"));
    }
}
