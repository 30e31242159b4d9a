using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Composer;

/// <summary>
/// Composer projects: one graph per composer.json, resolved by the composer.lock beside it (a lockfile
/// alone still gives a graph). The composer.json name is what the project publishes.
/// </summary>
public sealed class ComposerExtractor : IEcosystemExtractor
{
    public string Id => "composer";

    public Ecosystem Ecosystem => Ecosystem.Packagist;

    public int Version => 3;

    public IReadOnlyList<string> FilePatterns { get; } = ["composer.json", "composer.lock"];

    public ExtractionResult Extract(IRepositoryFiles repository, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        var result = new ExtractionResult();
        // Installed packages under vendor/ (a committed vendor-dir) are not this repository's projects.
        var own = files.Where(f => !IsInstalled(f)).ToList();
        var present = new HashSet<string>(own, StringComparer.Ordinal);
        foreach (var folder in own.Select(RepositoryPath.Directory).Distinct(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var manifest = Join(folder, "composer.json");
            var lockfile = Join(folder, "composer.lock");
            Project(repository, present.Contains(manifest) ? manifest : null, present.Contains(lockfile) ? lockfile : null, result);
        }

        return result;
    }

    private static void Project(IRepositoryFiles repository, string? manifest, string? lockfile, ExtractionResult result)
    {
        ComposerJson? json = null;
        if (manifest is not null)
        {
            SafeParse.TryRun(manifest, result, () =>
            {
                using var stream = repository.OpenRead(manifest);
                result.BytesRead += stream.CanSeek ? stream.Length : 0;
                json = ComposerJson.Read(stream);
            });
        }

        if (lockfile is null)
        {
            if (json is not null)
            {
                result.Graphs.Add(ComposerGraph.Unlocked(json, manifest!));
            }

            return;
        }

        SafeParse.TryRun(lockfile, result, () =>
        {
            using var stream = repository.OpenRead(lockfile);
            result.BytesRead += stream.CanSeek ? stream.Length : 0;
            var (packages, pluginApi) = ComposerLockReader.Read(stream);
            var kind = pluginApi is null ? "composer.lock" : $"composer.lock (plugin-api {pluginApi})";
            result.Graphs.Add(ComposerGraph.Build(packages, json, manifest ?? lockfile, lockfile, kind));
        });
    }

    internal static bool IsInstalled(string path) =>
        path.StartsWith("vendor/", StringComparison.Ordinal) || path.Contains("/vendor/", StringComparison.Ordinal);

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}
