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
