using System.Diagnostics.CodeAnalysis;

namespace Sightline.Core.Repositories;

/// <summary>
/// A repository view built on first use: the fleet handed to fleet-aware extractors names every repository,
/// but most are never looked into, so none is walked until an extractor asks for its files.
/// </summary>
public sealed class LazyRepositoryFiles : IRepositoryFiles
{
    private readonly Lazy<IRepositoryFiles> _inner;

    public LazyRepositoryFiles(Func<IRepositoryFiles> create) =>
        _inner = new Lazy<IRepositoryFiles>(create, LazyThreadSafetyMode.ExecutionAndPublication);

    public IReadOnlyList<string> Files => _inner.Value.Files;

    public bool Exists(string relativePath) => _inner.Value.Exists(relativePath);

    public Stream OpenRead(string relativePath) => _inner.Value.OpenRead(relativePath);

    public bool TryOpen(string relativePath, [NotNullWhen(true)] out Stream? stream) => _inner.Value.TryOpen(relativePath, out stream);
}
