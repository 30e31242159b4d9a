using Sightline.Core.Extraction;
using Sightline.Core.Repositories;

namespace Sightline.Fleet.Discovery;

/// <summary>
/// Turns the paths a user gives into repositories:
/// a folder with .git is one repository; otherwise folders with .git below it (to a depth) are the fleet;
/// a folder with no .git anywhere is one plain repository if it holds a manifest at its top, else each
/// immediate subfolder holding a manifest is one plain repository.
/// </summary>
public sealed class RepositoryDiscovery
{
    private readonly IReadOnlyList<string> _manifestPatterns;
    private readonly RepositoryScanOptions _scanOptions;

    public RepositoryDiscovery(IReadOnlyList<string> manifestPatterns, RepositoryScanOptions? scanOptions = null)
    {
        _manifestPatterns = manifestPatterns;
        _scanOptions = scanOptions ?? new RepositoryScanOptions();
    }

    /// <summary>How deep below a given folder to look for .git folders.</summary>
    public int SearchDepth { get; init; } = 3;

    public IReadOnlyList<DiscoveredRepository> Discover(string path, string? asRepository = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"{path}: no such folder");
        }

        if (asRepository is not null)
        {
            return [new DiscoveredRepository(asRepository, full, IsGitRoot(full))];
        }

        if (IsGitRoot(full))
        {
            return [new DiscoveredRepository(NameOf(full), full, true)];
        }

        var gitRoots = new List<string>();
        FindGitRoots(full, 0, gitRoots);
        if (gitRoots.Count > 0)
        {
            return [.. gitRoots.Order(StringComparer.Ordinal).Select(root => new DiscoveredRepository(NameOf(root), root, true))];
        }

        if (HoldsManifestAtTop(full))
        {
            return [new DiscoveredRepository(NameOf(full), full, false)];
        }

        return [.. Directory.EnumerateDirectories(full)
            .Where(dir => !_scanOptions.ExcludedFolders.Contains(System.IO.Path.GetFileName(dir)) && !IsLink(dir))
            .Order(StringComparer.Ordinal)
            .Where(HoldsAnyManifest)
            .Select(dir => new DiscoveredRepository(NameOf(dir), dir, false))];
    }

    private static bool IsGitRoot(string folder) =>
        Directory.Exists(System.IO.Path.Combine(folder, ".git")) || File.Exists(System.IO.Path.Combine(folder, ".git"));

    private static bool IsLink(string path) => new DirectoryInfo(path).LinkTarget is not null;

    private static string NameOf(string folder) => System.IO.Path.GetFileName(folder.TrimEnd(System.IO.Path.DirectorySeparatorChar));

    private void FindGitRoots(string folder, int depth, List<string> found)
    {
        if (depth >= SearchDepth)
        {
            return;
        }

        IEnumerable<string> children;
        try
        {
            children = Directory.EnumerateDirectories(folder).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var child in children)
        {
            if (_scanOptions.ExcludedFolders.Contains(System.IO.Path.GetFileName(child)) || IsLink(child))
            {
                continue;
            }

            if (IsGitRoot(child))
            {
                // A repository's own sub-repositories (submodules, vendored clones) stay part of it.
                found.Add(child);
            }
            else
            {
                FindGitRoots(child, depth + 1, found);
            }
        }
    }

    private bool HoldsManifestAtTop(string folder) =>
        Directory.EnumerateFiles(folder).Any(file => FilePatterns.Matches(System.IO.Path.GetFileName(file), _manifestPatterns));

    private bool HoldsAnyManifest(string folder) =>
        new FileSystemRepository(folder, _scanOptions).Files.Any(file => FilePatterns.Matches(RepositoryPath.FileName(file), _manifestPatterns));
}
