namespace Sightline.Store;

public sealed record StoredRepository(
    long Id,
    string Name,
    string Location,
    string Revision,
    string RevisionKind,
    string? Branch,
    string IndexedAt,
    int ManifestCount,
    int PackageCount,
    int ProblemCount);

public sealed record StoredManifest(
    long Id,
    string Repository,
    string Path,
    string? LockfilePath,
    string Ecosystem,
    string Kind,
    string? ProjectName,
    string? ProjectVersion,
    bool FullyResolved,
    int NodeCount);

/// <summary>
/// A package at one version in one manifest graph, with the shortest path from the manifest root;
/// <see cref="Occurrences"/> counts the places it is installed (npm nests one version at several locations).
/// A declaration that could not be resolved (no lockfile, no pin) has no version and says why in
/// <see cref="Unresolved"/>: it may be the version asked about. A use that reaches the package only through
/// an internal library built by another repository names that library in <see cref="Through"/>, and its
/// path continues into that repository ("lib@1.0 => [lib-repo] lib@1.0 > pkg@2").
/// </summary>
public sealed record PackageUse(
    string Repository,
    string Revision,
    string Manifest,
    string? Lockfile,
    string Ecosystem,
    string Name,
    string? Version,
    string Purl,
    string Scope,
    bool Direct,
    IReadOnlyList<string> Path,
    int Occurrences = 1,
    string? Unresolved = null,
    string? Through = null);

public sealed record StoredNode(int Index, string Ecosystem, string Name, string? Version, string Purl, string Scope, bool Direct, string Source, string? Alias, string? Location)
{
    /// <summary>Where it was resolved from (a registry URL, a git URL and revision, a path).</summary>
    public string? ResolvedFrom { get; init; }

    /// <summary>The checksum the lockfile records ("sha512-...", "sha256:...", hex).</summary>
    public string? Integrity { get; init; }

    /// <summary>The licence the lockfile states, when it states one.</summary>
    public string? License { get; init; }
}

public sealed record StoredEdge(int Parent, int Child, string Scope, string? Requirement);

public sealed record StoredUnresolved(string Name, string? Requirement, string Reason, string Scope);

/// <summary>A manifest's whole graph, loaded for tree and path queries.</summary>
public sealed record StoredGraph(StoredManifest Manifest, IReadOnlyList<StoredNode> Nodes, IReadOnlyList<StoredEdge> Edges, IReadOnlyList<StoredUnresolved> Unresolved);

public sealed record StoredProblem(string Repository, string File, long? Line, long? Column, string Message);
