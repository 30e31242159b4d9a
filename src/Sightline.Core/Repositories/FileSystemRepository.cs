using System.Diagnostics.CodeAnalysis;

namespace Sightline.Core.Repositories;

/// <summary>
/// A repository on disk. The walk skips excluded folders and never follows a symbolic link; links are
/// reported in <see cref="SkippedLinks"/> when they point outside the repository.
/// </summary>
public sealed class FileSystemRepository : IRepositoryFiles
{
    private readonly HashSet<string> _fileSet;
    private readonly RepositoryScanOptions _options;

    public FileSystemRepository(string root, RepositoryScanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        _options = options ?? new RepositoryScanOptions();
        Root = Path.GetFullPath(root);
        var files = new List<string>();
        var skipped = new List<(string, string)>();
        Walk(Root, string.Empty, 0, files, skipped);
        files.Sort(StringComparer.Ordinal);
        Files = files;
        SkippedLinks = skipped;
        _fileSet = new HashSet<string>(files, StringComparer.Ordinal);
    }

    public string Root { get; }

    public IReadOnlyList<string> Files { get; }

    /// <summary>Symbolic links that lead outside the repository: (relative path, target).</summary>
    public IReadOnlyList<(string Path, string Target)> SkippedLinks { get; }

    public bool Exists(string relativePath) => _fileSet.Contains(relativePath);

    public Stream OpenRead(string relativePath)
    {
        if (!_fileSet.Contains(relativePath))
        {
            throw new RepositoryFileException("not a regular file of the repository");
        }

        var info = new FileInfo(Path.Combine(Root, relativePath));
        if (info.LinkTarget is not null)
        {
            throw new RepositoryFileException("symbolic link, not followed");
        }

        if (info.Length > _options.MaxFileBytes)
        {
            throw new RepositoryFileException(
                $"file is {info.Length / (1024 * 1024)} MiB, over the {_options.MaxFileBytes / (1024 * 1024)} MiB limit for manifests and lockfiles; not parsed");
        }

        return new FileStream(info.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
    }

    public bool TryOpen(string relativePath, [NotNullWhen(true)] out Stream? stream)
    {
        stream = null;
        if (relativePath is null || !RepositoryPath.IsPlainRelative(relativePath))
        {
            return false;
        }

        try
        {
            // Every folder on the way must be a real folder: a link could lead anywhere (pnpm's top-level
            // node_modules entries are links into .pnpm, which is read directly instead).
            var current = Root;
            var parts = relativePath.Split('/');
            for (var i = 0; i < parts.Length - 1; i++)
            {
                current = Path.Combine(current, parts[i]);
                var folder = new DirectoryInfo(current);
                if (!folder.Exists || folder.LinkTarget is not null)
                {
                    return false;
                }
            }

            var info = new FileInfo(Path.Combine(current, parts[^1]));
            if (!info.Exists || info.LinkTarget is not null || info.Length > _options.MaxFileBytes)
            {
                return false;
            }

            stream = new FileStream(info.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath);

    private void Walk(string directory, string relative, int depth, List<string> files, List<(string, string)> skipped)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(directory).EnumerateFileSystemInfos();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var entry in entries)
        {
            var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (entry.LinkTarget is { } target)
            {
                var resolved = Path.GetFullPath(target, directory);
                if (!IsInside(resolved))
                {
                    skipped.Add((path, target));
                }

                continue;
            }

            if (entry is DirectoryInfo)
            {
                if (depth < _options.MaxDepth && !_options.ExcludedFolders.Contains(entry.Name))
                {
                    Walk(entry.FullName, path, depth + 1, files, skipped);
                }
            }
            else
            {
                files.Add(path);
            }
        }
    }

    private bool IsInside(string fullPath) =>
        fullPath.Equals(Root, StringComparison.Ordinal)
        || fullPath.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
