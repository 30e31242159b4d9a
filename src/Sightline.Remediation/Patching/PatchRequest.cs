namespace Sightline.Remediation.Patching;

/// <summary>One dependency to move to <paramref name="TargetVersion"/> in one manifest.</summary>
/// <param name="Package">The package name as the ecosystem spells it (Maven and Gradle: "group:artifact").</param>
/// <param name="CurrentVersion">The version resolved today, when known.</param>
/// <param name="TargetVersion">The version to declare.</param>
/// <param name="Kind">Bump a direct dependency or pin a transitive one.</param>
public sealed record PatchRequest(string Package, string? CurrentVersion, string TargetVersion, PatchKind Kind);
