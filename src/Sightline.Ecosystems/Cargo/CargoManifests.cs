using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Cargo.Manifest;

namespace Sightline.Ecosystems.Cargo;

/// <summary>
/// The Cargo.toml files of one extraction, each parsed at most once. A malformed one is reported once (as
/// an <see cref="ExtractionError"/>) and then treated as missing by every graph that wanted it.
/// </summary>
internal sealed class CargoManifests(IRepositoryFiles repository, IEnumerable<string> paths, ExtractionResult result)
{
    private readonly Dictionary<string, CargoManifest?> _parsed = new(StringComparer.Ordinal);

    public IReadOnlySet<string> Paths { get; } = new SortedSet<string>(paths, StringComparer.Ordinal);

    public CargoManifest? Get(string? path)
    {
        if (path is null || !Paths.Contains(path))
        {
            return null;
        }

        if (_parsed.TryGetValue(path, out var known))
        {
            return known;
        }

        CargoManifest? manifest = null;
        SafeParse.TryRun(path, result, () =>
        {
            using var stream = repository.OpenRead(path);
            var length = stream.CanSeek ? stream.Length : 0;
            manifest = CargoManifestReader.Read(stream);
            result.BytesRead += length;
        });
        _parsed[path] = manifest;
        return manifest;
    }

    /// <summary>
    /// The workspace a lockless Cargo.toml inherits from: the nearest Cargo.toml at or above it with a
    /// [workspace] table, as Cargo searches.
    /// </summary>
    public CargoWorkspace? WorkspaceOf(string path)
    {
        foreach (var folder in RepositoryPath.SelfAndAncestors(RepositoryPath.Directory(path)))
        {
            if (Get(CargoExtractor.Join(folder, CargoExtractor.ManifestName))?.Workspace is { } workspace)
            {
                return workspace;
            }
        }

        return null;
    }
}
