namespace Sightline.Engine.Internal;

/// <summary>
/// One stretch of a path that crosses repositories: the labels walked inside one repository's manifest,
/// from the first dependency after its root to the package or to the internal library that leads on.
/// </summary>
public sealed record PathSegment(string Repository, string Revision, string Manifest, IReadOnlyList<string> Labels, string? Note = null);

/// <summary>
/// A path from a repository's manifest to a package through internal libraries built by other
/// repositories of the fleet: the first segment is in the consumer, each next one in the repository that
/// produces the last library named.
/// </summary>
public sealed record InternalPath(IReadOnlyList<PathSegment> Segments)
{
    public override string ToString() =>
        string.Join(" => ", Segments.Select(s => $"[{s.Repository}:{s.Manifest}] {string.Join(" > ", s.Labels)}"));
}
