namespace Sightline.Ecosystems.Maven;

/// <summary>A POM's coordinates: groupId, artifactId and one concrete version.</summary>
internal readonly record struct MavenCoordinate(string GroupId, string ArtifactId, string Version)
{
    /// <summary>The package name as Sightline spells Maven packages: "group:artifact".</summary>
    public string Name => GroupId + ":" + ArtifactId;

    public override string ToString() => GroupId + ":" + ArtifactId + ":" + Version;

    /// <summary>
    /// True when every part is safe to turn into a repository path: coordinates come from untrusted POMs,
    /// so "..", slashes and other path syntax must never reach a file system or a URL.
    /// </summary>
    public bool IsSafeForPath => IsSafePart(GroupId, allowDots: true) && IsSafePart(ArtifactId, allowDots: true) && IsSafePart(Version, allowDots: true);

    /// <summary>"org/example/lib/1.0/lib-1.0.pom", the layout of ~/.m2/repository and of Maven Central.</summary>
    public string RepositoryPath => $"{GroupId.Replace('.', '/')}/{ArtifactId}/{Version}/{ArtifactId}-{Version}.pom";

    public static string ArtifactFolder(string groupId, string artifactId) => $"{groupId.Replace('.', '/')}/{artifactId}";

    public static bool IsSafePart(string part, bool allowDots)
    {
        if (string.IsNullOrEmpty(part) || part.Length > 200 || part == "." || part.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in part)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '+' or '~' || (allowDots && c == '.')))
            {
                return false;
            }
        }

        return true;
    }
}
