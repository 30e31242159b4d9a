using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Sightline.Core.Repositories;

/// <summary>A repository held in memory: for tests and for sources that are not folders.</summary>
public sealed class InMemoryRepository : IRepositoryFiles
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Files => [.. _files.Keys];

    public InMemoryRepository Add(string path, string content) => Add(path, Encoding.UTF8.GetBytes(content));

    public InMemoryRepository Add(string path, byte[] content)
    {
        _files[path] = content;
        return this;
    }

    public bool Exists(string relativePath) => _files.ContainsKey(relativePath);

    public Stream OpenRead(string relativePath) =>
        _files.TryGetValue(relativePath, out var content)
            ? new MemoryStream(content, writable: false)
            : throw new RepositoryFileException("not a file of the repository");

    public bool TryOpen(string relativePath, [NotNullWhen(true)] out Stream? stream)
    {
        stream = relativePath is not null && _files.TryGetValue(relativePath, out var content) ? new MemoryStream(content, writable: false) : null;
        return stream is not null;
    }
}
