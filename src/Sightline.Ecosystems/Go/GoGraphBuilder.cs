using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Go;

/// <summary>
/// Turns requirements into nodes and edges for one graph (a go.mod or a go.work). One node per required
/// module path, at the version minimal version selection picks (the highest required); replace directives
/// decide what code that node is. Main modules (the go.mod's own module, every workspace module) are never
/// nodes of their own requirements.
/// </summary>
internal sealed partial class GoGraphBuilder
{
    private static readonly Versioning.Go.GoVersionScheme Versions = new(requireV: true);

    private readonly DependencyGraph _graph;
    private readonly IGoFiles _files;
    private readonly List<(IReadOnlyList<GoReplace> Replaces, string Folder)> _replaceSources = [];
    private readonly Dictionary<string, int> _mains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _mainFolders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _selected = new(StringComparer.Ordinal);
    private readonly Queue<(int Node, string Folder)> _locals = new();

    /// <param name="pruned">
    /// Go 1.17+ module graph pruning: the main go.mod lists every module the build needs, so requirements
    /// found elsewhere (local modules, the module cache) only add edges, never modules.
    /// </param>
    public GoGraphBuilder(DependencyGraph graph, IGoFiles files, bool pruned)
    {
        _graph = graph;
        _files = files;
        Pruned = pruned;
    }

    public bool Pruned { get; }

    public void AddMain(string? modulePath, string folder, int node)
    {
        if (modulePath is not null)
        {
            _mains.TryAdd(modulePath, node);
        }

        _mainFolders.TryAdd(folder, node);
    }

    /// <summary>Replace directives, strongest first (go.work before its modules); <paramref name="folder"/> anchors local paths.</summary>
    public void AddReplaces(IReadOnlyList<GoReplace> replaces, string folder) => _replaceSources.Add((replaces, folder));

    /// <summary>Minimal version selection over the main modules' requirements: the highest version of each path wins.</summary>
    public void Select(IEnumerable<GoRequire> requires)
    {
        foreach (var require in requires)
        {
            if (!_selected.TryGetValue(require.Path, out var current) || Compare(require.Version, current) > 0)
            {
                _selected[require.Path] = require.Version;
            }
        }
    }

    /// <summary>Edges from <paramref name="from"/> to each requirement of <paramref name="file"/>, with the version it asks for.</summary>
    public void AddRequirements(int from, GoModFile file, bool create, bool markDirect)
    {
        foreach (var require in file.Requires)
        {
            if (Resolve(require.Path, require.Version, create) is not { } to || to == from || to == 0)
            {
                continue;
            }

            _graph.AddEdge(from, to, DependencyScope.Runtime, require.Version);
            if (markDirect && !require.Indirect)
            {
                _graph.Nodes[to].Direct = true;
            }
        }
    }

    /// <summary>The node standing for a required module path; created (when allowed) at its selected version.</summary>
    private int? Resolve(string path, string version, bool create)
    {
        if (_mains.TryGetValue(path, out var main))
        {
            return main;
        }

        if (_byPath.TryGetValue(path, out var existing))
        {
            return existing;
        }

        if (!create)
        {
            return null;
        }

        var id = CreateNode(path, _selected.GetValueOrDefault(path) ?? version);
        _byPath[path] = id;
        return id;
    }

    private int CreateNode(string path, string version)
    {
        if (FindReplace(path, version) is not var (replace, folder))
        {
            return _graph.AddNode(path, version).Id;
        }

        if (!replace.IsLocal)
        {
            // The node is the code that is built: the replacement. Alias keeps the path the project imports.
            var node = _graph.AddNode(replace.NewPath, replace.NewVersion);
            node.Alias = replace.NewPath == path ? null : path;
            return node.Id;
        }

        return LocalNode(path, replace, folder);
    }

    /// <summary>In priority order of the files; within one file a versioned replace beats a path-wide one.</summary>
    private (GoReplace Replace, string Folder)? FindReplace(string path, string version)
    {
        foreach (var (replaces, folder) in _replaceSources)
        {
            GoReplace? pathWide = null;
            foreach (var replace in replaces)
            {
                if (replace.OldPath == path && replace.OldVersion == version)
                {
                    return (replace, folder);
                }

                if (replace.OldPath == path && replace.OldVersion is null)
                {
                    pathWide ??= replace;
                }
            }

            if (pathWide is not null)
            {
                return (pathWide, folder);
            }
        }

        return null;
    }

    private static int Compare(string a, string b) =>
        Versions.TryParse(a, out var x) && Versions.TryParse(b, out var y) ? x.CompareTo(y) : string.CompareOrdinal(a, b);

    internal static string? LocalFolder(string anchor, string path) =>
        path.StartsWith('/') || path.StartsWith('\\') || (path.Length >= 2 && path[1] == ':') ? null : RepositoryPath.Combine(anchor, path);
}
