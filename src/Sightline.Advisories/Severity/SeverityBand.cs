namespace Sightline.Advisories.Severity;

/// <summary>
/// The qualitative rating shared by CVSS v3.x and v4.0 (and GHSA's own labels, MODERATE being Medium).
/// Ordered so that a numeric comparison answers "at least as severe as" (the CLI's --fail-on).
/// </summary>
public enum SeverityBand
{
    None,
    Low,
    Medium,
    High,
    Critical,

    /// <summary>No usable severity: no vector that parses and no database label we understand.</summary>
    Unknown,
}

/// <summary>Conversions into <see cref="SeverityBand"/>.</summary>
public static class SeverityBands
{
    /// <summary>
    /// The CVSS qualitative rating scale (v3.1 section 5, v4.0 section 6): None 0.0, Low 0.1-3.9,
    /// Medium 4.0-6.9, High 7.0-8.9, Critical 9.0-10.0. Scores are already rounded to one decimal,
    /// so comparing against the lower bounds is exact.
    /// </summary>
    public static SeverityBand FromScore(double score) => score switch
    {
        double.NaN or < 0.0 or > 10.0 => SeverityBand.Unknown,
        0.0 => SeverityBand.None,
        < 4.0 => SeverityBand.Low,
        < 7.0 => SeverityBand.Medium,
        < 9.0 => SeverityBand.High,
        _ => SeverityBand.Critical,
    };

    /// <summary>
    /// A band named on the command line (--fail-on high): low, medium, high or critical, any case.
    /// None and Unknown are not thresholds anyone should ask for, so they are refused like any typo.
    /// </summary>
    /// <exception cref="FormatException">The text names no band.</exception>
    public static SeverityBand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToUpperInvariant() switch
        {
            "LOW" => SeverityBand.Low,
            "MEDIUM" => SeverityBand.Medium,
            "HIGH" => SeverityBand.High,
            "CRITICAL" => SeverityBand.Critical,
            _ => throw new FormatException(
                $"'{text}' is not a severity band: expected one of low, medium, high, critical (case-insensitive)."),
        };
    }

    /// <summary>
    /// GHSA's database_specific.severity label. GHSA says MODERATE where CVSS says Medium; MEDIUM is
    /// accepted too because other OSV databases copy CVSS's word. Null when the label is not one of these.
    /// </summary>
    public static SeverityBand? FromDatabaseLabel(string? label) => label?.Trim().ToUpperInvariant() switch
    {
        "NONE" => SeverityBand.None,
        "LOW" => SeverityBand.Low,
        "MODERATE" or "MEDIUM" => SeverityBand.Medium,
        "HIGH" => SeverityBand.High,
        "CRITICAL" => SeverityBand.Critical,
        _ => null,
    };
}
