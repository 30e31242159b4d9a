using System.Runtime.ExceptionServices;
using System.Xml;
using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven.Model;
using Sightline.Ecosystems.Maven.Pom;
using Sightline.Ecosystems.Maven.Sources;

namespace Sightline.Ecosystems.Maven;

/// <summary>
/// One repository's extraction: the POM source chain and the caches that make a 50-module build cheap
/// (each POM parsed once, each lookup and each effective model computed once). Single-threaded.
/// </summary>
internal sealed partial class MavenSession
{
    private readonly IRepositoryFiles _repository;
    private readonly RepositoryPomIndex _repositoryIndex;
    private readonly List<IPomSource> _sources;
    private readonly Dictionary<string, PomFile> _repositoryFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (PomDocument? Document, ExceptionDispatchInfo? Error)> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<MavenCoordinate, PomFile?> _found = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<IRepositoryFiles, UserProperties> _userProperties = new(ReferenceEqualityComparer.Instance);
    private long _bytesRead;

    public MavenSession(IRepositoryFiles repository, IReadOnlyList<IPomSource> externalSources, CancellationToken cancellationToken)
    {
        _repository = repository;
        CancellationToken = cancellationToken;
        var files = repository.Files;
        _userProperties[repository] = new UserProperties(repository, files);
        _repositoryIndex = RepositoryPomIndex.Build(repository, files, null, path => TryRead(RepositoryFile(path)), _userProperties[repository], cancellationToken);
        _sources = [_repositoryIndex, .. externalSources];
        var places = _sources.Select(s => s.Description).Distinct().ToList();
        SearchedPlaces = places.Count == 1 ? places[0] : string.Join(", ", places[..^1]) + " or " + places[^1];
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>"the repository, the fleet or the local Maven repository": where a POM was looked for.</summary>
    public string SearchedPlaces { get; }

    /// <summary>Bytes of POMs and maven.config files read.</summary>
    public long BytesRead => _bytesRead + _userProperties.Values.Sum(u => u.BytesRead);

    public PomFile RepositoryFile(string path)
    {
        if (!_repositoryFiles.TryGetValue(path, out var file))
        {
            _repositoryFiles[path] = file = PomFile.InRepository(_repository, null, path);
        }

        return file;
    }

    /// <summary>The parsed POM; throws (every time) the parse error of a malformed one.</summary>
    public PomDocument Read(PomFile file)
    {
        if (!_documents.TryGetValue(file.Key, out var entry))
        {
            try
            {
                using var stream = file.Open();
                entry = (PomReader.Read(stream), null);
                _bytesRead += stream.CanSeek ? stream.Length : 0;
            }
            catch (Exception ex) when (ex is XmlException or ManifestFormatException or IOException or UnauthorizedAccessException or RepositoryFileException)
            {
                entry = (null, ExceptionDispatchInfo.Capture(ex));
            }

            _documents[file.Key] = entry;
        }

        entry.Error?.Throw();
        return entry.Document!;
    }

    public PomDocument? TryRead(PomFile file)
    {
        try
        {
            return Read(file);
        }
        catch (Exception ex) when (ex is XmlException or ManifestFormatException or IOException or UnauthorizedAccessException or RepositoryFileException)
        {
            return null;
        }
    }

    /// <summary>The first source in the chain that has the POM; lookups (also misses) are remembered.</summary>
    public PomFile? Find(MavenCoordinate coordinate)
    {
        if (!_found.TryGetValue(coordinate, out var file))
        {
            foreach (var source in _sources)
            {
                CancellationToken.ThrowIfCancellationRequested();
                if ((file = source.TryFind(coordinate, CancellationToken)) is not null)
                {
                    break;
                }
            }

            _found[coordinate] = file;
        }

        return file;
    }

    /// <summary>Every version of group:artifact any source knows, for version ranges.</summary>
    public IReadOnlyList<string> Versions(string groupId, string artifactId)
    {
        var key = groupId + ":" + artifactId;
        if (!_versions.TryGetValue(key, out var versions))
        {
            _versions[key] = versions = [.. _sources.SelectMany(s => s.Versions(groupId, artifactId, CancellationToken)).Distinct(StringComparer.Ordinal)];
        }

        return versions;
    }

    /// <summary>.mvn/maven.config properties for a repository POM; none for POMs from Maven repositories.</summary>
    public IReadOnlyDictionary<string, string> UserPropertiesFor(PomFile file) =>
        file.Repository is null ? MavenConfig.Empty : UserPropertiesOf(file.Repository).For(file.Path);

    /// <summary>A repository POM's own coordinates, as the indexes read them.</summary>
    public (string? GroupId, string? ArtifactId, string? Version) Identity(PomFile file)
    {
        if (file.Origin == PomOrigin.Repository && _repositoryIndex.IdentityOf(file.Path) is { } known)
        {
            return known;
        }

        var document = Read(file);
        var repository = file.Repository!;
        return PomIdentity.Of(file.Path, document, path => repository.Exists(path) ? TryRead(PomFile.InRepository(repository, file.FleetName, path)) : null, UserPropertiesFor(file));
    }

    private UserProperties UserPropertiesOf(IRepositoryFiles repository)
    {
        if (!_userProperties.TryGetValue(repository, out var properties))
        {
            _userProperties[repository] = properties = new UserProperties(repository);
        }

        return properties;
    }
}
