using Sightline.Core.Advisories;

namespace Sightline.Advisories.Severity;

/// <summary>
/// Picks the severity of an advisory, for one affected package when given. Order, first usable wins:
/// the affected entry's own severity list, then the record's; within a list CVSS v4.0, then v3.1, then v3.0
/// (newest specification first: v4.0 is what the publisher chose to add last, and v3.1 fixed v3.0's rounding);
/// then GHSA's database_specific.severity label. Never throws on bad data: what it skips is in the warnings.
/// </summary>
public static partial class AdvisorySeverity
{
    public static AdvisorySeverityResult From(Advisory advisory, AffectedPackage? affected)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        var warnings = new List<string>();
        foreach (var (list, where) in new[] { (affected?.Severity, "affected"), (advisory.Severity, "record") })
        {
            if (list is null || list.Count == 0)
            {
                continue;
            }

            var candidates = list.Select(entry => (Entry: entry, Rank: Rank(entry)))
                .Where(c => c.Rank > 0)
                .OrderByDescending(c => c.Rank);
            foreach (var (entry, _) in candidates)
            {
                var result = TryScore(entry, warnings, $"{advisory.Id} ({where} severity)");
                if (result is not null)
                {
                    return result;
                }
            }
        }

        return FromDatabaseSpecific(advisory, warnings)
            ?? new AdvisorySeverityResult(null, null, SeveritySources.None, SeverityBand.Unknown, warnings);
    }

    /// <summary>For CLI options such as --fail-on: low, medium, high or critical, any case.</summary>
    /// <exception cref="FormatException">Anything else.</exception>
    public static SeverityBand ParseBand(string text) => SeverityBands.Parse(text);

    /// <summary>Preference among one list's entries; 0 for types this code does not score (CVSS_V2, Ubuntu, ...).</summary>
    private static int Rank(SeverityVector entry)
    {
        var score = entry.Score?.Trim() ?? string.Empty;
        return entry.Type switch
        {
            "CVSS_V4" => 3,
            "CVSS_V3" when score.StartsWith("CVSS:3.0/", StringComparison.Ordinal) => 1,
            "CVSS_V3" => 2,
            _ => 0,
        };
    }

    private static AdvisorySeverityResult? TryScore(SeverityVector entry, List<string> warnings, string context)
    {
        if (string.IsNullOrWhiteSpace(entry.Score))
        {
            warnings.Add($"{context}: empty {entry.Type} vector ignored");
            return null;
        }

        if (entry.Type == "CVSS_V4")
        {
            if (Cvss4Vector.TryParse(entry.Score, out var v4, out var error4))
            {
                return new AdvisorySeverityResult(v4.Score, v4.Vector, SeveritySources.CvssV4, v4.Band, warnings);
            }

            warnings.Add($"{context}: invalid CVSS_V4 vector '{entry.Score}' ignored: {error4}");
            return null;
        }

        if (Cvss3Vector.TryParse(entry.Score, out var v3, out var error3))
        {
            return new AdvisorySeverityResult(v3.BaseScore, v3.Vector, SeveritySources.CvssV3, v3.Band, warnings);
        }

        warnings.Add($"{context}: invalid CVSS_V3 vector '{entry.Score}' ignored: {error3}");
        return null;
    }
}
