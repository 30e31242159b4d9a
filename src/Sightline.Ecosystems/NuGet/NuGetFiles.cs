using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.NuGet.Graph;
using Sightline.Ecosystems.NuGet.MsBuild;
using Sightline.Ecosystems.NuGet.PackagesConfig;
using Sightline.Ecosystems.NuGet.PackagesLock;
using Sightline.Ecosystems.NuGet.ProjectAssets;

namespace Sightline.Ecosystems.NuGet;

/// <summary>
/// Reads and parses each file once per extraction (a Directory.Packages.props serves many projects), counting
/// bytes, and records a failure once, as an error naming that file; callers get null for a failed file.
/// </summary>
internal sealed class NuGetFiles(IRepositoryFiles repository, ExtractionResult result)
{
    private readonly Dictionary<string, object?> _parsed = new(StringComparer.Ordinal);

    public IRepositoryFiles Repository => repository;

    public bool IsParsed(string path) => _parsed.ContainsKey(path);

    public MsBuildDocument? MsBuild(string path) => Get(path, stream => MsBuildParser.Parse(stream, path));

    public ResolvedLockfile? PackagesLock(string path) => Get(path, PackagesLockParser.Parse);

    public ProjectAssetsFile? ProjectAssets(string path) => Get(path, ProjectAssetsParser.Parse);

    public IReadOnlyList<PackagesConfigEntry>? PackagesConfig(string path) => Get(path, PackagesConfigParser.Parse);

    private T? Get<T>(string path, Func<Stream, T> parse)
        where T : class
    {
        if (_parsed.TryGetValue(path, out var cached))
        {
            return cached as T;
        }

        T? value = null;
        SafeParse.TryRun(path, result, () =>
        {
            using var stream = Read(path);
            value = parse(stream);
        });
        _parsed[path] = value;
        return value;
    }

    private MemoryStream Read(string path)
    {
        using var source = repository.OpenRead(path);
        var buffer = new MemoryStream();
        source.CopyTo(buffer);
        result.BytesRead += buffer.Length;
        buffer.Position = 0;
        return buffer;
    }
}
