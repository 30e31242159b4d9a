using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Sightline.Ecosystems.Maven.Sources;

/// <summary>
/// Remote Maven repositories behind an on-disk cache folder (one subfolder per repository URL, the Maven
/// layout below it). A cached file is used without asking the network; offline, only the cache is read.
/// Answers (including misses) are also remembered in memory for the life of the extractor.
/// </summary>
internal sealed class RemoteRepositorySource : IPomSource
{
    private static readonly TimeSpan MetadataLifetime = TimeSpan.FromDays(1);
    private readonly IReadOnlyList<IMavenRemote> _remotes;
    private readonly string? _cacheFolder;
    private readonly bool _offline;
    private readonly ConcurrentDictionary<string, byte[]?> _memory = new(StringComparer.Ordinal);

    public RemoteRepositorySource(IReadOnlyList<IMavenRemote> remotes, string? cacheFolder, bool offline)
    {
        _remotes = remotes;
        _cacheFolder = cacheFolder is null ? null : Path.GetFullPath(cacheFolder);
        _offline = offline;
    }

    public string Description => "the remote repository";

    public PomFile? TryFind(MavenCoordinate coordinate, CancellationToken cancellationToken)
    {
        if (!coordinate.IsSafeForPath)
        {
            return null;
        }

        foreach (var remote in _remotes)
        {
            var path = coordinate.RepositoryPath;
            if (Get(remote, path, isMetadata: false, cancellationToken) is { } content)
            {
                return new PomFile
                {
                    Key = "remote:" + remote.BaseUrl + path,
                    Display = remote.BaseUrl + path,
                    Origin = PomOrigin.Remote,
                    Open = () => new MemoryStream(content, writable: false),
                };
            }
        }

        return null;
    }

    public IEnumerable<string> Versions(string groupId, string artifactId, CancellationToken cancellationToken)
    {
        if (!MavenCoordinate.IsSafePart(groupId, allowDots: true) || !MavenCoordinate.IsSafePart(artifactId, allowDots: true))
        {
            return [];
        }

        var path = MavenCoordinate.ArtifactFolder(groupId, artifactId) + "/maven-metadata.xml";
        var versions = new List<string>();
        foreach (var remote in _remotes)
        {
            if (Get(remote, path, isMetadata: true, cancellationToken) is { } content)
            {
                using var stream = new MemoryStream(content, writable: false);
                versions.AddRange(MavenMetadata.Versions(stream));
            }
        }

        return versions;
    }

    private byte[]? Get(IMavenRemote remote, string path, bool isMetadata, CancellationToken cancellationToken)
    {
        var url = remote.BaseUrl + path;
        if (_memory.TryGetValue(url, out var remembered))
        {
            return remembered;
        }

        var cacheFile = _cacheFolder is null ? null : Path.Combine(_cacheFolder, FolderName(remote.BaseUrl), path);
        var cached = cacheFile is null ? null : new FileInfo(cacheFile);
        // Release POMs never change; metadata lists new versions, so it is refreshed daily when online.
        if (cached is { Exists: true } && (!isMetadata || _offline || DateTime.UtcNow - cached.LastWriteTimeUtc < MetadataLifetime))
        {
            return _memory[url] = File.ReadAllBytes(cached.FullName);
        }

        if (_offline)
        {
            return null;
        }

        var content = remote.TryFetch(path, cancellationToken);
        if (content is not null && cacheFile is not null)
        {
            Store(cacheFile, content);
        }

        return _memory[url] = content;
    }

    /// <summary>Write then rename, so a parallel reader never sees half a file.</summary>
    private static void Store(string cacheFile, byte[] content)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
            var temporary = cacheFile + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, cacheFile, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unwritable cache costs only the next run's time.
        }
    }

    /// <summary>"repo.maven.apache.org-1a2b3c4d": readable, and distinct for two paths on one host.</summary>
    private static string FolderName(string baseUrl)
    {
        var uri = new Uri(baseUrl);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(baseUrl)))[..8];
        var host = new string([.. uri.Host.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_')]);
        return host + "-" + hash;
    }
}
