using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Npm.PackageJson;

namespace Sightline.Ecosystems.Npm.Yarn;

/// <summary>
/// Turns yarn.lock entries (v1 or berry) into a graph. yarn.lock has no scopes and (v1) no root: the
/// package.json files supply the direct dependencies and their scopes, which are then propagated.
/// </summary>
internal sealed partial class YarnGraphBuilder
{
    private readonly DependencyGraph _graph;
    private readonly List<YarnEntry> _entries;
    private readonly NpmProject _project;
    private readonly bool _berry;
    private readonly string _lockfileFolder;
    private readonly Dictionary<string, int> _bySpec = new(StringComparer.Ordinal);
    private readonly int[] _nodeOf;
    private readonly Dictionary<string, int> _memberByName = new(StringComparer.Ordinal);
    private readonly Dictionary<int, PackageJsonManifest?> _declaring = [];
    private readonly List<string> _memberFolders = [];

    public YarnGraphBuilder(List<YarnEntry> entries, DependencyGraph graph, string lockfilePath, NpmProject? project, bool berry)
    {
        _entries = entries;
        _graph = graph;
        _project = project ?? new NpmProject(null);
        _berry = berry;
        _lockfileFolder = RepositoryPath.Directory(lockfilePath);
        _nodeOf = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var spec in entries[i].Specs)
            {
                _bySpec.TryAdd(spec, i);

                // berry patch descriptors carry "::locator=..." that the resolutions field does not.
                var locator = spec.IndexOf("::", StringComparison.Ordinal);
                if (locator > 0)
                {
                    _bySpec.TryAdd(spec[..locator], i);
                }
            }
        }
    }

    public NpmLockResult Build()
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            _nodeOf[i] = AddNode(_entries[i]);
        }

        if (!_berry)
        {
            AddClassicMembers();
        }

        for (var i = 0; i < _entries.Count; i++)
        {
            AddEntryEdges(_nodeOf[i], _entries[i]);
        }

        AddDeclaredEdges();

        // Every member hangs off the root; after the declared edges, so a declared requirement is kept.
        foreach (var member in _declaring.Keys)
        {
            _graph.AddEdge(0, member, DependencyScope.Runtime);
        }

        NpmScopes.Propagate(_graph, new HashSet<int>(_declaring.Keys) { 0 });
        return new NpmLockResult(_graph, _memberFolders);
    }

    private int AddNode(YarnEntry entry)
    {
        var (specName, specRange) = NpmSources.SplitSpec(entry.Specs.Count > 0 ? entry.Specs[0] : string.Empty);
        if (_berry && entry.Resolved is { } resolution)
        {
            var (name, reference) = NpmSources.SplitSpec(resolution);
            if (reference.StartsWith("workspace:", StringComparison.Ordinal))
            {
                return AddBerryWorkspace(name, reference["workspace:".Length..]);
            }

            var node = _graph.AddNode(name, entry.Version);
            node.Alias = name != specName ? specName : null;
            node.Resolved = resolution;
            node.Integrity = entry.Integrity;
            node.Location = entry.Specs[0];
            node.Source = BerrySource(reference);
            return node.Id;
        }

        var realName = specName;
        string? alias = null;
        if (NpmSources.TryParseAlias(specRange, out var aliased, out _))
        {
            alias = specName;
            realName = aliased;
        }

        var classic = _graph.AddNode(realName, entry.Version);
        classic.Alias = alias;
        classic.Resolved = entry.Resolved;
        classic.Location = entry.Specs.Count > 0 ? entry.Specs[0] : null;
        classic.Integrity = entry.Integrity;
        var rangeSource = NpmSources.Classify(specRange);
        classic.Source = rangeSource == PackageSource.Local ? rangeSource : NpmSources.Classify(entry.Resolved ?? specRange);
        return classic.Id;
    }

    private static PackageSource BerrySource(string reference)
    {
        if (reference.StartsWith("npm:", StringComparison.Ordinal) || reference.StartsWith("patch:", StringComparison.Ordinal))
        {
            return PackageSource.Registry;
        }

        return reference.Contains("#commit=", StringComparison.Ordinal) ? PackageSource.Git : NpmSources.Classify(reference);
    }

    private int AddBerryWorkspace(string name, string path)
    {
        if (path is "." or "")
        {
            return 0;
        }

        var folder = RepositoryPath.Combine(_lockfileFolder, path);
        _project.Members.TryGetValue(folder ?? path, out var manifest);
        var node = AddMember(name, manifest?.Version, folder ?? path);
        _declaring[node] = manifest;
        return node;
    }

    private int AddMember(string name, string? version, string folder)
    {
        var node = _graph.AddNode(name, version);
        node.Source = PackageSource.Local;
        node.Location = NpmSources.RelativeTo(_lockfileFolder, folder);
        node.Direct = true;
        _memberByName.TryAdd(name, node.Id);
        _memberFolders.Add(folder);
        return node.Id;
    }
}
