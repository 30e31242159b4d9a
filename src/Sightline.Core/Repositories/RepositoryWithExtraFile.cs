using System.Diagnostics.CodeAnalysis;

namespace Sightline.Core.Repositories;

/// <summary>
/// A repository view plus one file from elsewhere, seen at the repository's root under a given name: an
/// uploaded SCIP index (`index --scip FILE`) is analysed as if the repository held it.
/// </summary>
public sealed class RepositoryWithExtraFile : IRepositoryFiles
{
    private readonly IRepositoryFiles _inner;
    private readonly string _name;
    private readonly string _source;

    public RepositoryWithExtraFile(IRepositoryFiles inner, string name, string source)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _name = name;
        _source = Path.GetFullPath(source);
        Files = [.. inner.Files.Where(f => f != name).Append(name).Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> Files { get; }

    public bool Exists(string relativePath) => relativePath == _name || _inner.Exists(relativePath);

    /// <summary>The extra file is listed, so it is read through <see cref="OpenRead"/>; anything else is the inner view's.</summary>
    public bool TryOpen(string relativePath, [NotNullWhen(true)] out Stream? stream)
    {
        if (relativePath != _name)
        {
            return _inner.TryOpen(relativePath, out stream);
        }

        try
        {
            stream = OpenRead(relativePath);
            return true;
        }
        catch (RepositoryFileException)
        {
            stream = null;
            return false;
        }
    }

    public Stream OpenRead(string relativePath)
    {
        if (relativePath != _name)
        {
            return _inner.OpenRead(relativePath);
        }

        try
        {
            return new FileStream(_source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RepositoryFileException($"{_source}: {ex.Message}", ex);
        }
    }
}
