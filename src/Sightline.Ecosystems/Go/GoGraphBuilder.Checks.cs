using System.Globalization;
using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Go;

internal sealed partial class GoGraphBuilder
{
    /// <summary>
    /// Edges between dependencies from the module cache's go.mod files. Only modules already in the graph
    /// are linked: with graph pruning the others are not part of the build. Without a cache, or for
    /// versions it lacks, a "*" note says that paths through dependencies are unknown.
    /// </summary>
    public void AddCacheEdges()
    {
        var candidates = _graph.Nodes.Where(n => n.Id != 0 && n.Source == PackageSource.Registry && n.Version is not null).ToList();
        if (_files.Cache is not { } cache)
        {
            _graph.AddUnresolved(new UnresolvedDependency("*", null,
                "go.mod records no edges between dependencies: every required module hangs off the module that requires it; paths through dependencies are unknown (no module cache given)"));
            return;
        }

        var missing = 0;
        foreach (var node in candidates)
        {
            using var stream = cache.OpenMod(node.Name, node.Version!);
            if (stream is null)
            {
                missing++;
                continue;
            }

            try
            {
                AddRequirements(node.Id, GoModParser.Parse(stream), create: false, markDirect: false);
            }
            catch (ManifestFormatException ex)
            {
                missing++;
                _graph.AddUnresolved(new UnresolvedDependency(node.Name, node.Version,
                    $"module cache go.mod is malformed (line {ex.Line}: {ex.Message}): its requirements are unknown"));
            }
        }

        if (missing > 0)
        {
            _graph.AddUnresolved(new UnresolvedDependency("*", null, string.Create(CultureInfo.InvariantCulture,
                $"the module cache has no usable go.mod for {missing} of {candidates.Count} modules: edges from them are unknown")));
        }
    }

    /// <summary>
    /// Sets Integrity from the module zip hashes of the go.sum files (in order), and notes every module
    /// version they do not hash, when at least one of them exists. Returns the paths that existed.
    /// </summary>
    public IReadOnlyList<string> ApplySums(IEnumerable<string> sumPaths)
    {
        var wanted = new Dictionary<string, GoSumEntry>(StringComparer.Ordinal);
        var nodes = _graph.Nodes.Where(n => n.Id != 0 && n.Source == PackageSource.Registry && n.Version is not null).ToList();
        foreach (var node in nodes)
        {
            wanted.TryAdd(node.Name + " " + node.Version, new GoSumEntry());
        }

        var found = new List<string>();
        foreach (var path in sumPaths)
        {
            // A go.sum that cannot be used costs the integrity check, not the go.mod's graph.
            try
            {
                using var stream = _files.OpenSum(path);
                if (stream is not null)
                {
                    GoSumReader.Fill(stream, wanted);
                    found.Add(path);
                }
            }
            catch (ManifestFormatException ex)
            {
                Unreadable(path, new ExtractionError(path, ex.Message, ex.Line, ex.Column));
            }
            catch (Exception ex) when (ex is RepositoryFileException or IOException or UnauthorizedAccessException)
            {
                Unreadable(path, new ExtractionError(path, ex.Message));
            }
        }

        if (found.Count == 0)
        {
            return found;
        }

        foreach (var node in nodes)
        {
            var entry = wanted[node.Name + " " + node.Version];
            node.Integrity = entry.Zip;
            if (entry.Zip is null)
            {
                _graph.AddUnresolved(new UnresolvedDependency(node.Name, node.Version,
                    entry.GoMod ? "go.sum has only the go.mod hash of this version, not the module's" : "missing from go.sum"));
            }
        }

        return found;
    }

    private void Unreadable(string path, ExtractionError error)
    {
        _files.Report(error);
        _graph.AddUnresolved(new UnresolvedDependency("(go.sum)", null, $"{path} could not be read (see its error): module hashes not checked"));
    }

    /// <summary>go ≥ 1.17 (or absent → 1.16, as the go command assumes): whether the module graph is pruned.</summary>
    public static bool IsPruned(string? go)
    {
        if (go is null)
        {
            return false;
        }

        var parts = go.Split('.');
        var minor = parts.Length > 1 ? new string([.. parts[1].TakeWhile(char.IsAsciiDigit)]) : "0";
        return int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(minor.Length == 0 ? "0" : minor, NumberStyles.None, CultureInfo.InvariantCulture, out var minorNumber)
            && (major > 1 || (major == 1 && minorNumber >= 17));
    }
}
