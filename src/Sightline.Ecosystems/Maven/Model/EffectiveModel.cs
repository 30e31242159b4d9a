using Sightline.Core.Model;
using Sightline.Ecosystems.Maven.Pom;
using Sightline.Ecosystems.Maven.Sources;

namespace Sightline.Ecosystems.Maven.Model;

/// <summary>
/// A POM after Maven's model building: parents inherited, ${...} interpolated, BOMs imported and
/// dependencyManagement applied to the dependencies. Values that could not be resolved keep their
/// expressions; <see cref="Problems"/> says which parent or BOM was missing.
/// </summary>
internal sealed class EffectiveModel
{
    public required PomFile File { get; init; }

    public string? GroupId { get; init; }

    public string? ArtifactId { get; init; }

    public string? Version { get; init; }

    public required string Packaging { get; init; }

    /// <summary>The project's own licence (see <see cref="MavenLicense"/>), from the nearest POM in the lineage that lists any.</summary>
    public string? License { get; init; }

    /// <summary>Declared and inherited dependencies, child first, with managed versions and scopes filled in.</summary>
    public required IReadOnlyList<PomDependency> Dependencies { get; init; }

    /// <summary>The effective dependencyManagement by management key (imports already replaced by their entries).</summary>
    public required IReadOnlyDictionary<string, PomDependency> Management { get; init; }

    public required IReadOnlyList<string> Modules { get; init; }

    /// <summary>Parents and BOMs that could not be found or read.</summary>
    public required IReadOnlyList<UnresolvedDependency> Problems { get; init; }

    /// <summary>The model's coordinates when all three resolved to plain values.</summary>
    public MavenCoordinate? Coordinate =>
        GroupId is not null && ArtifactId is not null && Version is not null && !Interpolator.HasExpression(GroupId + ArtifactId + Version)
            ? new MavenCoordinate(GroupId, ArtifactId, Version)
            : null;

    /// <summary>"group:artifact" when both resolved.</summary>
    public string? Name => GroupId is not null && ArtifactId is not null && !Interpolator.HasExpression(GroupId + ArtifactId) ? GroupId + ":" + ArtifactId : null;
}
