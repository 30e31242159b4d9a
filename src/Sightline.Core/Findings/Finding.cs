namespace Sightline.Core.Findings;

/// <summary>
/// A package-level finding as reports see it: one package at one version in one manifest of one
/// repository, matched by one advisory, with the evidence (paths) and what fixes it.
/// </summary>
public sealed record Finding
{
    public required string Repository { get; init; }

    public required string Revision { get; init; }

    /// <summary>Folder the repository was indexed from, when known (reports resolve file lines against it).</summary>
    public string? RepositoryLocation { get; init; }

    public required string Manifest { get; init; }

    public string? Lockfile { get; init; }

    public required string Ecosystem { get; init; }

    public required string Package { get; init; }

    public string? Version { get; init; }

    public required string Purl { get; init; }

    public required string Scope { get; init; }

    public bool Direct { get; init; }

    public required string AdvisoryId { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Summary { get; init; }

    /// <summary>"affected", or "unknown" when the version or range could not be evaluated (treated as affected).</summary>
    public required string Status { get; init; }

    public string? Reason { get; init; }

    public IReadOnlyList<string> FixedVersions { get; init; } = [];

    public double? SeverityScore { get; init; }

    /// <summary>none, low, medium, high, critical, unknown.</summary>
    public required string SeverityBand { get; init; }

    public string? SeveritySource { get; init; }

    /// <summary>Paths from the manifest root to the package, first dependency first; the first element is the direct dependency to bump.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Paths { get; init; } = [];

    public bool PathsTruncated { get; init; }

    /// <summary>Set when an ignore entry hides this finding: its reason.</summary>
    public string? IgnoredBecause { get; init; }

    /// <summary>
    /// The dependency the project declares and should bump: the package itself when direct, else the first
    /// package of the shortest path after the project's own workspace members.
    /// </summary>
    public string? DirectDependency { get; init; }

    /// <summary>How many places of the manifest hold this package at this version (npm nests copies).</summary>
    public int Occurrences { get; init; } = 1;

    /// <summary>Whether the repository's code calls the vulnerable symbols, with the evidence; null when not evaluated.</summary>
    public Code.ReachabilityVerdict? Reachability { get; init; }

    /// <summary>Owners, services and environments; null when the fleet context was not joined.</summary>
    public FindingContext? Context { get; init; }

    /// <summary>Stable identity across runs and commits (for SARIF fingerprints and new/resolved diffs).</summary>
    public string Key => $"{Repository}|{Manifest}|{Ecosystem}|{Package}|{Version}|{AdvisoryId}";
}
