namespace Sightline.Core.Repositories;

public sealed record RepositoryScanOptions
{
    /// <summary>Folders never walked: VCS metadata, installed packages, our own store.</summary>
    public static readonly IReadOnlySet<string> DefaultExcludedFolders =
        new HashSet<string>(StringComparer.Ordinal) { ".git", ".hg", ".svn", "node_modules", ".sightline" };

    /// <summary>Largest manifest or lockfile read; bigger ones are reported, not parsed (256 MiB).</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Deepest folder walked below the repository root.</summary>
    public int MaxDepth { get; init; } = 24;

    public IReadOnlySet<string> ExcludedFolders { get; init; } = DefaultExcludedFolders;
}
