using System.Diagnostics.CodeAnalysis;

namespace Sightline.Advisories.Severity;

/// <summary>
/// A parsed, validated CVSS v3.0 or v3.1 vector and its scores (FIRST CVSS v3.1 specification, section 7;
/// v3.0 specification, section 8). Immutable; scores are computed once, at parse time.
/// </summary>
public sealed partial class Cvss3Vector
{
    private readonly Dictionary<string, string> metrics;

    private Cvss3Vector(string vector, bool isV31, Dictionary<string, string> metrics)
    {
        Vector = vector;
        IsV31 = isV31;
        this.metrics = metrics;
        BaseScore = ComputeBaseScore();
        TemporalScore = HasAny(TemporalMetrics) ? ComputeTemporalScore(BaseScore) : null;
        EnvironmentalScore = HasAny(EnvironmentalMetrics) ? ComputeEnvironmentalScore() : null;
    }

    /// <summary>The vector text as given.</summary>
    public string Vector { get; }

    /// <summary>"3.0" or "3.1".</summary>
    public string Version => IsV31 ? "3.1" : "3.0";

    /// <summary>The metrics written in the vector, by abbreviation (AV, AC, ..., MA); absent ones are Not Defined.</summary>
    public IReadOnlyDictionary<string, string> Metrics => metrics;

    public double BaseScore { get; }

    /// <summary>Set only when the vector defines a temporal metric (E, RL, RC other than X).</summary>
    public double? TemporalScore { get; }

    /// <summary>Set only when the vector defines an environmental metric (CR ... MA other than X).</summary>
    public double? EnvironmentalScore { get; }

    /// <summary>The band of the base score: advisories rate the vulnerability, not one deployment of it.</summary>
    public SeverityBand Band => SeverityBands.FromScore(BaseScore);

    private bool IsV31 { get; }

    /// <exception cref="FormatException">The vector is not a valid CVSS v3.0 or v3.1 vector; the message says why.</exception>
    public static Cvss3Vector Parse(string vector) =>
        TryParse(vector, out var parsed, out var error)
            ? parsed
            : throw new FormatException($"invalid CVSS v3 vector '{vector}': {error}");

    /// <summary>Parses without throwing; <paramref name="error"/> says why a vector was refused.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? vector,
        [NotNullWhen(true)] out Cvss3Vector? result,
        [NotNullWhen(false)] out string? error)
    {
        result = null;
        var text = vector?.Trim() ?? string.Empty;
        bool isV31;
        if (text.StartsWith("CVSS:3.1/", StringComparison.Ordinal))
        {
            isV31 = true;
        }
        else if (text.StartsWith("CVSS:3.0/", StringComparison.Ordinal))
        {
            isV31 = false;
        }
        else
        {
            error = text.Length == 0 ? "the vector is empty" : "the vector does not start with CVSS:3.0/ or CVSS:3.1/";
            return false;
        }

        var metrics = new Dictionary<string, string>(StringComparer.Ordinal);
        error = CvssMetricReader.Read(text["CVSS:3.x/".Length..], AllowedValues, metrics)
            ?? CvssMetricReader.CheckMandatory(BaseMetrics, metrics);
        if (error is not null)
        {
            return false;
        }

        result = new Cvss3Vector(text, isV31, metrics);
        return true;
    }

    public override string ToString() => Vector;

    /// <summary>Whether any of the metrics is written with a value other than X: an all-X group is the same as no group.</summary>
    private bool HasAny(string[] keys) => keys.Any(key => Value(key) != "X");

    /// <summary>The written value, or "X" (Not Defined) for an absent optional metric.</summary>
    private string Value(string key) => metrics.TryGetValue(key, out var value) ? value : "X";
}
