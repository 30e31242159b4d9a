using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Npm.Yaml;

namespace Sightline.Ecosystems.Npm.Pnpm;

/// <summary>Builds the graph of one pnpm lockfile document.</summary>
internal sealed partial class PnpmReader(DependencyGraph graph, YamlNode document, int major, string lockfilePath, NpmProject project)
{
    private static readonly (string Section, DependencyScope Scope)[] ImporterSections =
    [
        ("dependencies", DependencyScope.Runtime),
        ("optionalDependencies", DependencyScope.Optional),
        ("devDependencies", DependencyScope.Dev),
    ];

    private readonly string _lockfileFolder = RepositoryPath.Directory(lockfilePath);
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byKeySpan;
    private readonly Dictionary<string, int> _byFolder = new(StringComparer.Ordinal);
    private readonly HashSet<int> _declaring = [0];
    private readonly List<(int Id, YamlNode Entry)> _explicitFlags = [];

    public List<string> Read()
    {
        var packages = MapOrNull("packages");
        var snapshots = MapOrNull("snapshots");
        var nodeSource = major >= 9 && snapshots is not null ? snapshots : packages;
        var infos = ReferenceEquals(nodeSource, packages) ? null : Index(packages);
        var infoLookup = infos?.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (key, entry) in nodeSource?.Entries ?? [])
        {
            // v9 splits a package's metadata (packages, no peer suffix) from its resolved graph (snapshots).
            var paren = key.IndexOf('(', StringComparison.Ordinal);
            var info = infoLookup is { } lookup && lookup.TryGetValue(paren < 0 ? key : key.AsSpan(0, paren), out var found) ? found : entry;

            _byKey[key] = AddPackage(key, info, entry).Id;
        }

        _byKeySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var importers = ReadImporters();
        var memberFolders = AddMembers(importers);
        foreach (var (folder, _, importer) in importers)
        {
            AddImporterEdges(folder, importer);
        }

        // Members hang off the root; after the declared edges, so a declared requirement is kept.
        foreach (var member in _declaring)
        {
            if (member != 0)
            {
                graph.AddEdge(0, member, DependencyScope.Runtime);
            }
        }

        foreach (var (key, entry) in nodeSource?.Entries ?? [])
        {
            AddPackageEdges(_byKey[key], entry);
        }

        NpmScopes.Propagate(graph, _declaring);
        ApplyExplicitFlags();
        return memberFolders;
    }

    private static Dictionary<string, YamlNode>? Index(YamlNode? map)
    {
        if (map?.Map is null)
        {
            return null;
        }

        var index = new Dictionary<string, YamlNode>(map.Map.Count, StringComparer.Ordinal);
        foreach (var (key, value) in map.Map)
        {
            index.TryAdd(key, value);
        }

        return index;
    }

    private YamlNode? MapOrNull(string key)
    {
        var node = document[key];
        if (node is null || (node.IsScalar && node.Scalar is null))
        {
            return null;
        }

        return node.IsMap ? node : throw new ManifestFormatException($"'{key}' must be a mapping", node.Line, null);
    }

    /// <summary>Importers keyed by repository-relative folder; a single-project lockfile is its own importer.</summary>
    private List<(string Folder, string Key, YamlNode Importer)> ReadImporters()
    {
        var list = new List<(string, string, YamlNode)>();
        if (MapOrNull("importers") is { } importers)
        {
            foreach (var (key, importer) in importers.Entries)
            {
                var folder = key == "." ? _lockfileFolder : RepositoryPath.Combine(_lockfileFolder, key) ?? key;
                list.Add((folder, key, importer));
            }
        }
        else
        {
            list.Add((_lockfileFolder, ".", document));
        }

        return list;
    }

    private PackageNode AddPackage(string key, YamlNode info, YamlNode snapshot)
    {
        var (keyName, keyVersion) = major >= 6 ? SplitKey(key) : SplitKeyV5(key);
        var node = graph.AddNode(info.GetString("name") ?? keyName, info.GetString("version") ?? keyVersion);
        node.Location = key;
        if (info["resolution"] is { IsMap: true } resolution)
        {
            node.Integrity = resolution.GetString("integrity");
            var tarball = resolution.GetString("tarball");
            var repo = resolution.GetString("repo");
            var directory = resolution.GetString("directory");
            if (repo is not null)
            {
                node.Resolved = resolution.GetString("commit") is { } commit ? repo + "#" + commit : repo;
                node.Source = PackageSource.Git;
            }
            else if (directory is not null)
            {
                node.Resolved = directory;
                node.Source = PackageSource.Local;
            }
            else if (tarball is not null)
            {
                node.Resolved = tarball;
                node.Source = NpmSources.Classify(tarball);
            }
        }

        if (info["dev"] is not null || info["optional"] is not null || snapshot["optional"] is not null)
        {
            _explicitFlags.Add((node.Id, info["dev"] is not null ? info : snapshot));
        }

        return node;
    }
}
