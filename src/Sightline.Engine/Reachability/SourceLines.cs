namespace Sightline.Engine.Reachability;

/// <summary>Reads single source lines for trace frames, from a repository's folder on disk, bounded and cached.</summary>
internal sealed class SourceLines(string? root)
{
    private const long MaxBytes = 4L * 1024 * 1024;
    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);

    public string? Line(string path, int line)
    {
        if (root is null || line < 1)
        {
            return null;
        }

        if (!_files.TryGetValue(path, out var lines))
        {
            lines = Read(path);
            _files[path] = lines;
        }

        return lines is not null && line <= lines.Length ? lines[line - 1].Trim() : null;
    }

    private string[]? Read(string path)
    {
        try
        {
            var full = Path.GetFullPath(Path.Combine(root!, path));
            var info = new FileInfo(full);
            // Never outside the repository, never through a link, never a huge file.
            if (!full.StartsWith(Path.GetFullPath(root!), StringComparison.Ordinal) || !info.Exists || info.LinkTarget is not null || info.Length > MaxBytes)
            {
                return null;
            }

            return File.ReadAllLines(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
