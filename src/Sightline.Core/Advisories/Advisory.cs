namespace Sightline.Core.Advisories;

/// <summary>
/// An OSV record (https://ossf.github.io/osv-schema/), kept whole: the JSON objects the schema leaves
/// open (ecosystem_specific, database_specific) are kept as their JSON text, because the vulnerable
/// symbols and GHSA's severity live there.
/// </summary>
public sealed record Advisory
{
    public required string Id { get; init; }

    public string? SchemaVersion { get; init; }

    public DateTimeOffset? Modified { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>Set when the record was withdrawn: it never matches.</summary>
    public DateTimeOffset? Withdrawn { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Related { get; init; } = [];

    public string? Summary { get; init; }

    public string? Details { get; init; }

    public IReadOnlyList<AffectedPackage> Affected { get; init; } = [];

    public IReadOnlyList<SeverityVector> Severity { get; init; } = [];

    public IReadOnlyList<AdvisoryReference> References { get; init; } = [];

    /// <summary>The record's top-level database_specific object as JSON text, when present.</summary>
    public string? DatabaseSpecificJson { get; init; }
}

/// <summary>One entry of <c>affected[]</c>.</summary>
/// <param name="EcosystemName">As written ("npm", "Maven", "Debian:11"); <paramref name="Ecosystem"/> is null when we do not support it.</param>
public sealed record AffectedPackage(
    string EcosystemName,
    Model.Ecosystem? Ecosystem,
    string Name,
    string? Purl,
    IReadOnlyList<AffectedRange> Ranges,
    IReadOnlyList<string> Versions,
    string? EcosystemSpecificJson = null,
    string? DatabaseSpecificJson = null,
    IReadOnlyList<SeverityVector>? Severity = null);

public enum RangeType
{
    Semver,
    Ecosystem,
    Git,
    /// <summary>A type this build does not know; kept, never evaluated.</summary>
    Unknown,
}

public sealed record AffectedRange(RangeType Type, string? Repo, IReadOnlyList<RangeEvent> Events, string? TypeName = null, string? DatabaseSpecificJson = null);

public enum RangeEventKind
{
    Introduced,
    Fixed,
    LastAffected,
    Limit,
}

public sealed record RangeEvent(RangeEventKind Kind, string Version);

/// <summary>A severity entry: type ("CVSS_V3", "CVSS_V4", "Ubuntu", ...) and score (a vector string for CVSS).</summary>
public sealed record SeverityVector(string Type, string Score);

public sealed record AdvisoryReference(string Type, string Url);
