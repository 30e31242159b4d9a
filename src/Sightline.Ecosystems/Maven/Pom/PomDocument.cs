namespace Sightline.Ecosystems.Maven.Pom;

/// <summary>
/// A POM as written (nothing inherited, nothing interpolated), with the profiles that are active by default
/// already merged in. Values keep their ${...} expressions.
/// </summary>
internal sealed class PomDocument
{
    public string? GroupId { get; init; }

    public string? ArtifactId { get; init; }

    public string? Version { get; init; }

    public string? Packaging { get; init; }

    public PomParent? Parent { get; init; }

    /// <summary>The &lt;licenses&gt;&lt;license&gt;&lt;name&gt; values as written, in order; empty when none.</summary>
    public IReadOnlyList<string> Licenses { get; init; } = [];

    public required IReadOnlyDictionary<string, string> Properties { get; init; }

    public required IReadOnlyList<PomDependency> Dependencies { get; init; }

    public required IReadOnlyList<PomDependency> Management { get; init; }

    public required IReadOnlyList<string> Modules { get; init; }

    /// <summary>groupId, inherited from the parent declaration when the POM omits it.</summary>
    public string? EffectiveGroupId => GroupId ?? Parent?.GroupId;

    public string? EffectiveVersion => Version ?? Parent?.Version;
}

/// <summary>
/// The parent declaration. <see cref="RelativePath"/> is null when absent (Maven then tries ../pom.xml) and
/// empty for <c>&lt;relativePath/&gt;</c> (look the parent up by coordinates only).
/// </summary>
internal sealed record PomParent(string? GroupId, string? ArtifactId, string? Version, string? RelativePath, int Line);

internal sealed record PomExclusion(string GroupId, string ArtifactId)
{
    /// <summary>Maven's exclusion match, with "*" as a wildcard for either part.</summary>
    public bool Matches(string groupId, string artifactId) =>
        (GroupId == "*" || GroupId == groupId) && (ArtifactId == "*" || ArtifactId == artifactId);
}

/// <summary>A dependency or managed dependency as declared; null where the element is absent.</summary>
internal sealed record PomDependency(
    string? GroupId,
    string? ArtifactId,
    string? Version,
    string? Type,
    string? Classifier,
    string? Scope,
    string? Optional,
    IReadOnlyList<PomExclusion> Exclusions,
    int Line)
{
    /// <summary>Maven's management key: groupId:artifactId:type:classifier, type defaulting to jar.</summary>
    public string ManagementKey => $"{GroupId}:{ArtifactId}:{(string.IsNullOrEmpty(Type) ? "jar" : Type)}:{Classifier}";

    public bool IsImport => string.Equals(Scope, "import", StringComparison.Ordinal) && string.Equals(Type, "pom", StringComparison.Ordinal);

    public bool IsOptional => string.Equals(Optional?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
