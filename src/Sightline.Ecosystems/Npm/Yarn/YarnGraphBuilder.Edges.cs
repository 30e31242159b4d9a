using Sightline.Core.Model;
using Sightline.Ecosystems.Npm.PackageJson;

namespace Sightline.Ecosystems.Npm.Yarn;

internal sealed partial class YarnGraphBuilder
{
    private void AddClassicMembers()
    {
        foreach (var (folder, manifest) in _project.Members)
        {
            var id = AddMember(manifest.Name ?? NpmSources.RelativeTo(_lockfileFolder, folder), manifest.Version, folder);
            _declaring[id] = manifest;
        }
    }

    private void AddEntryEdges(int id, YarnEntry entry)
    {
        var manifest = _project.Root;
        var declaring = id == 0 || _declaring.TryGetValue(id, out manifest);
        foreach (var dep in entry.Dependencies)
        {
            var scope = dep.Optional ? DependencyScope.Optional : DependencyScope.Runtime;
            if (declaring && manifest is not null)
            {
                // berry lists a workspace's dev and runtime dependencies together; package.json tells them apart.
                scope = DeclaredScope(manifest, dep.Name) ?? scope;
            }

            Link(id, dep.Name, dep.Range, scope, dep.Optional);
        }
    }

    private void AddDeclaredEdges()
    {
        if (_berry)
        {
            return;
        }

        if (_project.Root is { } root)
        {
            foreach (var dep in root.Dependencies)
            {
                Link(0, dep.Name, dep.Requirement, dep.Scope, dep.Scope is DependencyScope.Optional or DependencyScope.Peer);
            }

            if (root.Workspaces.Count > 0 && _project.Members.Count == 0)
            {
                InferRoots("the workspace members' package.json files are not available: their direct dependencies were inferred as the entries nothing depends on");
            }
        }
        else
        {
            InferRoots("no package.json next to yarn.lock: direct dependencies inferred as the entries nothing depends on");
        }

        foreach (var (id, manifest) in _declaring)
        {
            foreach (var dep in manifest?.Dependencies ?? [])
            {
                Link(id, dep.Name, dep.Requirement, dep.Scope, dep.Scope is DependencyScope.Optional or DependencyScope.Peer);
            }
        }
    }

    /// <summary>When a v1 lockfile's declaring package.json files are missing: take the entries nothing depends on, and say so.</summary>
    private void InferRoots(string reason)
    {
        var hasParent = new bool[_graph.Nodes.Count];
        foreach (var edge in _graph.Edges)
        {
            hasParent[edge.To] = true;
        }

        for (var id = 1; id < hasParent.Length; id++)
        {
            if (!hasParent[id] && _graph.Nodes[id].Source != PackageSource.Local)
            {
                _graph.AddEdge(0, id, DependencyScope.Runtime);
            }
        }

        _graph.AddUnresolved(new UnresolvedDependency("*", null, reason));
    }

    private static DependencyScope? DeclaredScope(PackageJsonManifest manifest, string name)
    {
        foreach (var dep in manifest.Dependencies)
        {
            if (dep.Name == name)
            {
                return dep.Scope;
            }
        }

        return null;
    }

    private void Link(int from, string name, string range, DependencyScope scope, bool optional)
    {
        int? to = null;
        var index = FindEntry(name, range);
        if (index is null && Resolution(name, range) is { } forced)
        {
            index = FindEntry(name, forced);
        }

        if (index is { } found)
        {
            to = _nodeOf[found];
        }
        else if (_memberByName.TryGetValue(name, out var member))
        {
            to = member;
        }

        if (to is not { } child)
        {
            if (!optional)
            {
                _graph.AddUnresolved(new UnresolvedDependency(name, range, "no yarn.lock entry for " + name + "@" + range, scope));
            }

            return;
        }

        if (child != from)
        {
            _graph.AddEdge(from, child, scope, range);
        }
    }
}
