namespace Sightline.Store.Findings;

/// <summary>A package node as matching sees it: where it is, what it is.</summary>
public sealed record MatchCandidate(long RepositoryId, long ManifestId, int NodeIndex, string Ecosystem, string NormalizedName, string? Version);

/// <summary>A finding to store: a candidate node matched by an advisory.</summary>
public sealed record NewFinding(
    MatchCandidate Node,
    string AdvisoryId,
    string Status,
    string? Reason,
    string? Fixed,
    double? SeverityScore,
    string SeverityBand,
    string? SeveritySource);

/// <summary>A stored finding with everything a report needs about where it is.</summary>
public sealed record StoredFinding(
    string Repository,
    string Revision,
    long ManifestId,
    string Manifest,
    string? Lockfile,
    int NodeIndex,
    string Ecosystem,
    string Package,
    string? Version,
    string Purl,
    string Scope,
    bool Direct,
    string AdvisoryId,
    string Status,
    string? Reason,
    string? Fixed,
    double? SeverityScore,
    string SeverityBand,
    string? SeveritySource,
    string? ShortestVia)
{
    /// <summary>Identity across runs: the same package at the same place and advisory.</summary>
    public string Key => $"{Repository}|{Manifest}|{Ecosystem}|{Package}|{Version}|{AdvisoryId}";
}

/// <summary>Which findings a match run replaces: all, some repositories, or some packages.</summary>
public sealed record FindingScope(IReadOnlyCollection<long>? RepositoryIds, IReadOnlyCollection<(string Ecosystem, string NormalizedName)>? Packages)
{
    public static FindingScope All { get; } = new(null, null);

    public static FindingScope ForRepositories(IReadOnlyCollection<long> ids) => new(ids, null);

    public static FindingScope ForPackages(IReadOnlyCollection<(string Ecosystem, string NormalizedName)> packages) => new(null, packages);
}
