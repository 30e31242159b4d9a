using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.NuGet;

/// <summary>
/// NuGet: one graph per project file (csproj, fsproj, vbproj), resolved from the packages.lock.json next to
/// it, else its obj/project.assets.json, else from its declarations (with Directory.Build.props and
/// Directory.Packages.props); a packages.config next to it adds its packages. A lockfile or packages.config
/// with no project file beside it is a graph of its own. See docs/ecosystems/nuget.md.
/// </summary>
public sealed partial class NuGetExtractor(NuGetSettings settings) : IEcosystemExtractor
{
    private const string PackagesLock = "packages.lock.json";
    private const string PackagesConfig = "packages.config";
    private const string ProjectAssets = "project.assets.json";
    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj"];

    /// <summary>Reads nothing beyond the repository (no global packages folder).</summary>
    public NuGetExtractor()
        : this(NuGetSettings.None)
    {
    }

    public string Id => "nuget";

    public Ecosystem Ecosystem => Ecosystem.NuGet;

    public int Version => 4;

    public IReadOnlyList<string> FilePatterns { get; } =
    [
        "*.csproj", "*.fsproj", "*.vbproj", PackagesLock, PackagesConfig, "Directory.Packages.props", "Directory.Build.props", ProjectAssets,
    ];

    public ExtractionResult Extract(IRepositoryFiles repository, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        var result = new ExtractionResult();
        var cache = new NuGetFiles(repository, result);
        var given = new HashSet<string>(files, StringComparer.Ordinal);
        var projects = files.Where(IsProject).Order(StringComparer.Ordinal).ToList();
        var projectsPerFolder = projects.GroupBy(RepositoryPath.Directory).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (cache.MsBuild(project) is null)
            {
                // Its error is recorded; its lockfile or packages.config still make graphs of their own.
                continue;
            }

            var folder = RepositoryPath.Directory(project);
            // Beside several project files, a packages.lock.json belongs to none in particular (NuGet then
            // names them packages.<project>.lock.json), so it stays a graph of its own.
            var alone = projectsPerFolder[folder] == 1;
            var inputs = new ProjectInputs(
                project,
                alone ? Existing(given, folder, PackagesLock) : null,
                alone ? Existing(given, folder, "obj/" + ProjectAssets) : null,
                alone ? Existing(given, folder, PackagesConfig) : null);
            used.UnionWith(new[] { inputs.Lockfile, inputs.Assets, inputs.Config }.OfType<string>());
            DependencyGraph? graph = null;
            if (SafeParse.TryRun(project, result, () => graph = BuildProject(cache, inputs)) && graph is not null)
            {
                result.Graphs.Add(graph);
            }
        }

        foreach (var file in files.Where(f => !used.Contains(f) && !IsProject(f)).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            DependencyGraph? graph = null;
            if (SafeParse.TryRun(file, result, () => graph = BuildStandalone(cache, file)) && graph is not null)
            {
                result.Graphs.Add(graph);
            }
        }

        ApplyNuspecLicences(result.Graphs);
        return result;
    }

    private static bool IsProject(string path) =>
        ProjectExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static string? Existing(HashSet<string> given, string folder, string name)
    {
        var path = folder.Length == 0 ? name : folder + "/" + name;
        return given.Contains(path) ? path : null;
    }

    private sealed record ProjectInputs(string Project, string? Lockfile, string? Assets, string? Config);
}
