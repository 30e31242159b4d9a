using Sightline.Core.Model;
using Sightline.Ecosystems.Cargo.Manifest;

namespace Sightline.Ecosystems.Cargo.Graph;

internal sealed partial class LockGraphBuilder
{
    private const string MissingMemberReason =
        "workspace member's Cargo.toml is not available: its dependencies are taken as runtime (Cargo.lock records no scopes)";

    /// <summary>
    /// Decides what each source-less package is: the root package, a member whose Cargo.toml was read, a
    /// path dependency that is not a member, or a member whose Cargo.toml is missing (runtime, noted).
    /// </summary>
    private void AssignRoles()
    {
        var root = _input.Root;
        if (root?.Name is { } rootName)
        {
            _root = MatchLocal(rootName, root.VersionWith(_workspace));
            if (_root >= 0)
            {
                _declaring[_root] = Inherited(root);
            }
            else
            {
                _notes.Add(new UnresolvedDependency(rootName, null, "the root package is not in Cargo.lock (the lockfile may be out of date)"));
            }
        }

        foreach (var member in _input.Members)
        {
            if (member.Manifest.Name is not { } name)
            {
                continue;
            }

            var index = MatchLocal(name, member.Manifest.VersionWith(_workspace));
            if (index < 0)
            {
                _notes.Add(new UnresolvedDependency(name, null, $"workspace member in '{member.Folder}' is not in Cargo.lock (the lockfile may be out of date)"));
            }
            else if (index != _root && !_declaring.ContainsKey(index))
            {
                _declaring[index] = Inherited(member.Manifest);
                _folders[index] = member.Folder;
                _members.Add(index);
            }
        }

        // A single package (no [workspace]) has no other members: its other path packages are path dependencies.
        var isWorkspace = root is null || _workspace is not null;
        for (var i = 0; i < _lock.Packages.Count; i++)
        {
            var package = _lock.Packages[i];
            if (package.Source is not null || i == _root || _declaring.ContainsKey(i) || !isWorkspace || _input.NonMemberNames.Contains(package.Name))
            {
                continue;
            }

            _declaring[i] = null;
            _members.Add(i);
            _notes.Add(new UnresolvedDependency(package.Name, null, MissingMemberReason));
        }

        _members.Sort();
    }

    /// <summary>The source-less package of this name (and version, when several share the name); -1 if none or unclear.</summary>
    private int MatchLocal(string name, string? version)
    {
        var candidates = _index.LocalPackagesNamed(name).ToList();
        if (candidates.Count > 1 && version is not null)
        {
            candidates = candidates.FindAll(i => _lock.Packages[i].Version == version);
        }

        return candidates.Count == 1 ? candidates[0] : -1;
    }

    private List<CargoDeclaration> Inherited(CargoManifest manifest) =>
        manifest.Dependencies.ConvertAll(d => d.InheritFrom(_workspace));
}
