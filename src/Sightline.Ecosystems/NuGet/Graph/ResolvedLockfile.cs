namespace Sightline.Ecosystems.NuGet.Graph;

/// <summary>
/// What packages.lock.json and project.assets.json have in common: per target framework (optionally with a
/// runtime identifier, "net8.0/win-x64"), the packages restore chose and what each depends on.
/// </summary>
internal sealed record ResolvedLockfile(string Kind, IReadOnlyList<ResolvedTarget> Targets, string? ProjectName = null);

internal sealed record ResolvedTarget(string Name, IReadOnlyList<ResolvedPackage> Packages);

internal enum ResolvedKind
{
    /// <summary>A package the project references itself.</summary>
    Direct,
    Transitive,
    /// <summary>A transitive package whose version central package management pins (CentralPackageTransitivePinningEnabled).</summary>
    CentralTransitive,
    /// <summary>Another project of the solution (ProjectReference).</summary>
    Project,
}

/// <summary>
/// One chosen package. <see cref="Dependencies"/> maps a dependency's id to the version or range the
/// package asks for; the version actually chosen is the one of the same id in the same target.
/// </summary>
internal sealed record ResolvedPackage(
    string Id,
    string? Version,
    ResolvedKind Kind,
    string? Requested,
    string? Integrity,
    string? Path,
    IReadOnlyList<KeyValuePair<string, string>> Dependencies)
{
    /// <summary>For project.assets.json: the project lists it in projectFileDependencyGroups.</summary>
    public bool DeclaredByProject { get; init; }
}
