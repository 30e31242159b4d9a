using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Maven.Sources;

/// <summary>
/// One place POMs come from, asked by coordinates. Sources are chained in order: the repository being
/// extracted, the rest of the fleet, local Maven repositories, then a remote repository when configured.
/// </summary>
internal interface IPomSource
{
    /// <summary>How messages name it: "the repository", "the fleet", "the local Maven repository".</summary>
    string Description { get; }

    PomFile? TryFind(MavenCoordinate coordinate, CancellationToken cancellationToken);

    /// <summary>The versions of group:artifact this source knows (for version ranges); empty when none.</summary>
    IEnumerable<string> Versions(string groupId, string artifactId, CancellationToken cancellationToken);
}

internal enum PomOrigin
{
    /// <summary>The repository being extracted: a sibling module or an in-repository parent.</summary>
    Repository,
    Fleet,
    LocalRepository,
    Remote,
}

/// <summary>A POM found by a source: where it is, and how to open it.</summary>
internal sealed class PomFile
{
    /// <summary>Unique across sources: the raw-POM and model caches are keyed by it.</summary>
    public required string Key { get; init; }

    /// <summary>A repository-relative path, a file path or a URL, for messages and node.Resolved.</summary>
    public required string Display { get; init; }

    public required PomOrigin Origin { get; init; }

    /// <summary>Set for POMs inside a repository of the fleet: relativePath parents and .mvn/maven.config apply.</summary>
    public IRepositoryFiles? Repository { get; init; }

    /// <summary>The fleet name of <see cref="Repository"/> when it is not the repository being extracted.</summary>
    public string? FleetName { get; init; }

    /// <summary>Repository-relative path when <see cref="Repository"/> is set.</summary>
    public string Path { get; init; } = string.Empty;

    public required Func<Stream> Open { get; init; }

    public static PomFile InRepository(IRepositoryFiles repository, string? fleetName, string path) => new()
    {
        Key = (fleetName is null ? "repo:" : "fleet:" + fleetName + ":") + path,
        Display = fleetName is null ? path : fleetName + ":" + path,
        Origin = fleetName is null ? PomOrigin.Repository : PomOrigin.Fleet,
        Repository = repository,
        FleetName = fleetName,
        Path = path,
        Open = () => repository.OpenRead(path),
    };
}
