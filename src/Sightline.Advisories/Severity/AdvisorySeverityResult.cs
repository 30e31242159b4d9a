namespace Sightline.Advisories.Severity;

/// <summary>
/// Where an advisory's severity came from and what it is.
/// </summary>
/// <param name="Score">The CVSS score (v4.0: the score with every metric the vector carries; v3: the base score); null when no vector was usable.</param>
/// <param name="Vector">The vector that was scored, as written; null for the database label or no severity.</param>
/// <param name="Source">One of the <see cref="SeveritySources"/> names.</param>
/// <param name="Band">The rating; <see cref="SeverityBand.Unknown"/> when nothing usable was found.</param>
/// <param name="Warnings">Why entries were passed over (an empty or invalid vector, an unknown label); empty when none were.</param>
public sealed record AdvisorySeverityResult(
    double? Score,
    string? Vector,
    string Source,
    SeverityBand Band,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The first warning, or null: enough for a one-line diagnostic.</summary>
    public string? Warning => Warnings.Count > 0 ? Warnings[0] : null;
}

/// <summary>The values of <see cref="AdvisorySeverityResult.Source"/>.</summary>
public static class SeveritySources
{
    public const string CvssV4 = "CVSS_V4";
    public const string CvssV3 = "CVSS_V3";
    public const string GhsaDatabaseSpecific = "GHSA database_specific";
    public const string None = "none";
}
