using System.Diagnostics.CodeAnalysis;

namespace Sightline.Core.Repositories;

/// <summary>
/// The files of one repository, as extractors see them: repository-relative paths with '/' separators.
/// Implementations never follow a symbolic link and refuse files over the size limit.
/// </summary>
public interface IRepositoryFiles
{
    /// <summary>Every regular file, sorted ordinally.</summary>
    IReadOnlyList<string> Files { get; }

    bool Exists(string relativePath);

    /// <summary>Opens a file for reading. Throws <see cref="RepositoryFileException"/> when it is refused.</summary>
    Stream OpenRead(string relativePath);

    /// <summary>
    /// Opens a file the listing may have skipped (an installed package's package.json under node_modules).
    /// False, never an exception, when it is missing, over the size limit, not a plain relative path
    /// (see <see cref="RepositoryPath.IsPlainRelative"/>), or reached through a symbolic link.
    /// </summary>
    bool TryOpen(string relativePath, [NotNullWhen(true)] out Stream? stream);
}

/// <summary>A file the repository view refuses to hand out (too large, outside the repository, missing).</summary>
public sealed class RepositoryFileException : Exception
{
    public RepositoryFileException()
    {
    }

    public RepositoryFileException(string message)
        : base(message)
    {
    }

    public RepositoryFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
