using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Maven.Sources;

/// <summary>The .mvn/maven.config user properties of each POM of one repository, each file read once.</summary>
internal sealed class UserProperties
{
    private readonly IRepositoryFiles _repository;
    private readonly HashSet<string> _projectFolders;
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _configs = new(StringComparer.Ordinal);

    /// <param name="files">The repository's file list when the caller already holds it (a fleet repository is listed once).</param>
    public UserProperties(IRepositoryFiles repository, IReadOnlyList<string>? files = null)
    {
        _repository = repository;
        _projectFolders = MavenConfig.ProjectFolders(files ?? repository.Files);
    }

    /// <summary>Bytes of maven.config files read.</summary>
    public long BytesRead { get; private set; }

    public IReadOnlyDictionary<string, string> For(string pomPath)
    {
        if (_projectFolders.Count == 0 || MavenConfig.For(pomPath, _projectFolders, _repository) is not { } config)
        {
            return MavenConfig.Empty;
        }

        if (!_configs.TryGetValue(config, out var properties))
        {
            try
            {
                using var stream = _repository.OpenRead(config);
                properties = MavenConfig.Parse(stream);
                BytesRead += stream.CanSeek ? stream.Length : 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or RepositoryFileException)
            {
                properties = MavenConfig.Empty;
            }

            _configs[config] = properties;
        }

        return properties;
    }
}
