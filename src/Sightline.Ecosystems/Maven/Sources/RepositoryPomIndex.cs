using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven.Pom;

namespace Sightline.Ecosystems.Maven.Sources;

/// <summary>
/// Every pom.xml of one repository by its own coordinates (see <see cref="PomIdentity"/>): sibling modules,
/// in-repository parents and BOMs. The first file (in path order) wins when two share coordinates.
/// </summary>
internal sealed class RepositoryPomIndex : IPomSource
{
    private readonly Dictionary<MavenCoordinate, PomFile> _byCoordinate = [];
    private readonly Dictionary<string, List<string>> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? GroupId, string? ArtifactId, string? Version)> _identities = new(StringComparer.Ordinal);

    private RepositoryPomIndex(string description) => Description = description;

    public string Description { get; }

    public IEnumerable<PomFile> Files => _byCoordinate.Values;

    public static bool IsPom(string path) => RepositoryPath.FileName(path).Equals("pom.xml", StringComparison.Ordinal);

    /// <param name="fleetName">null for the repository being extracted, else its fleet name.</param>
    /// <param name="readPath">Parses a repository POM, null when it cannot be read.</param>
    public static RepositoryPomIndex Build(
        IRepositoryFiles repository, IReadOnlyList<string> files, string? fleetName, Func<string, PomDocument?> readPath, UserProperties user, CancellationToken cancellationToken)
    {
        var index = new RepositoryPomIndex(fleetName is null ? "the repository" : "the fleet");
        foreach (var path in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsPom(path) || readPath(path) is not { } document)
            {
                continue;
            }

            var identity = PomIdentity.Of(path, document, readPath, user.For(path));
            index._identities[path] = identity;
            if (identity is ({ } groupId, { } artifactId, { } version) && !Model.Interpolator.HasExpression(groupId + artifactId + version))
            {
                var coordinate = new MavenCoordinate(groupId, artifactId, version);
                if (index._byCoordinate.TryAdd(coordinate, PomFile.InRepository(repository, fleetName, path)))
                {
                    var key = coordinate.Name;
                    if (!index._versions.TryGetValue(key, out var versions))
                    {
                        index._versions[key] = versions = [];
                    }

                    versions.Add(version);
                }
            }
        }

        return index;
    }

    /// <summary>The coordinates a POM of this repository declares, as far as they resolve.</summary>
    public (string? GroupId, string? ArtifactId, string? Version)? IdentityOf(string path) =>
        _identities.TryGetValue(path, out var identity) ? identity : null;

    public PomFile? TryFind(MavenCoordinate coordinate, CancellationToken cancellationToken) =>
        _byCoordinate.GetValueOrDefault(coordinate);

    public IEnumerable<string> Versions(string groupId, string artifactId, CancellationToken cancellationToken) =>
        _versions.TryGetValue(groupId + ":" + artifactId, out var versions) ? versions : [];
}
