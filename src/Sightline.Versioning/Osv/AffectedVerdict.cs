using Sightline.Core.Advisories;

namespace Sightline.Versioning.Osv;

public enum AffectedStatus
{
    NotAffected,
    Affected,
    /// <summary>The record could not be evaluated for this version: see the reason. Never read as safe.</summary>
    Unknown,
}

/// <summary>The answer for one version against one <c>affected[]</c> entry.</summary>
public sealed record AffectedVerdict
{
    public required AffectedStatus Status { get; init; }

    /// <summary>Why, in words for a report ("in ECOSYSTEM range [introduced 0, fixed 4.17.20]").</summary>
    public required string Reason { get; init; }

    /// <summary>The first range that contains the version, when one does.</summary>
    public AffectedRange? MatchedRange { get; init; }

    /// <summary>The <c>versions[]</c> entry equal to the version, when one is.</summary>
    public string? MatchedVersion { get; init; }

    /// <summary>The lowest <c>fixed</c> event of the matched range above the version: what to upgrade to.</summary>
    public string? FixedIn { get; init; }

    /// <summary>Every <c>fixed</c> event of the matched range (of all ranges for a <c>versions[]</c>-only match), ascending.</summary>
    public IReadOnlyList<string> FixedVersions { get; init; } = [];

    /// <summary>Ranges not evaluated (GIT, unknown types), reported whatever the verdict.</summary>
    public IReadOnlyList<AffectedRange> SkippedRanges { get; init; } = [];

    public bool IsAffected => Status == AffectedStatus.Affected;
}
