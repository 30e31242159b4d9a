using Sightline.Core.Findings;

namespace Sightline.Engine.Gate;

/// <summary>
/// What fails a CI run: a severity band, a CVSS score, or both (either trips it). Findings without any
/// severity (most Go advisories) are gated as medium (score 4.0), so they neither hide nor fail every run.
/// </summary>
public sealed record GatePolicy(string? FailOnBand, double? FailOnScore, bool IgnoreDev)
{
    private static readonly string[] Bands = ["none", "low", "medium", "high", "critical"];

    public bool IsSet => FailOnBand is not null || FailOnScore is not null;

    /// <summary>Dev and test dependencies do not ship: --ignore-dev leaves them out of the gate and the report.</summary>
    public bool InScope(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return !IgnoreDev || finding.Scope is not ("dev" or "test");
    }

    public bool Trips(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.IgnoredBecause is not null || !InScope(finding))
        {
            return false;
        }

        var band = finding.SeverityBand == "unknown" ? "medium" : finding.SeverityBand;
        var bandTrips = FailOnBand is not null && Array.IndexOf(Bands, band) >= Array.IndexOf(Bands, FailOnBand);
        // A label without a score (GHSA's database_specific) counts as the lowest score of its band.
        var score = finding.SeverityScore ?? band switch { "low" => 0.1, "medium" => 4.0, "high" => 7.0, "critical" => 9.0, _ => 0.0 };
        var scoreTrips = FailOnScore is { } threshold && score >= threshold;
        return bandTrips || scoreTrips;
    }
}
