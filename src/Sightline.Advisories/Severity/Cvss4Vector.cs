using System.Diagnostics.CodeAnalysis;

namespace Sightline.Advisories.Severity;

/// <summary>
/// A parsed, validated CVSS v4.0 vector and its score, computed as FIRST's reference calculator does
/// (specification section 8: macro vectors, the published macro-vector scores, severity distances and
/// interpolation). Immutable; scores are computed once, at parse time.
/// </summary>
public sealed partial class Cvss4Vector
{
    private readonly Dictionary<string, string> metrics;

    private Cvss4Vector(string vector, Dictionary<string, string> metrics)
    {
        Vector = vector;
        this.metrics = metrics;
        Nomenclature = "CVSS-B"
            + (ThreatMetrics.Any(IsDefined) ? "T" : string.Empty)
            + (EnvironmentalMetrics.Any(IsDefined) ? "E" : string.Empty);
        MacroVector = ComputeMacroVector(Effective);
        Score = ComputeScore(Effective, MacroVector);

        // CVSS-B is the same computation with threat and environmental metrics all Not Defined.
        string BaseOnly(string key) => BaseMetrics.Contains(key) ? metrics[key] : Default(key);
        BaseScore = Nomenclature == "CVSS-B" ? Score : ComputeScore(BaseOnly, ComputeMacroVector(BaseOnly));
    }

    /// <summary>The vector text as given.</summary>
    public string Vector { get; }

    /// <summary>The metrics written in the vector, by abbreviation; absent ones are Not Defined (X).</summary>
    public IReadOnlyDictionary<string, string> Metrics => metrics;

    /// <summary>"CVSS-B", "CVSS-BT", "CVSS-BE" or "CVSS-BTE": which metric groups <see cref="Score"/> reflects (section 1.3).</summary>
    public string Nomenclature { get; }

    /// <summary>The six EQ digits of the vector with all its metrics, e.g. "000200".</summary>
    public string MacroVector { get; }

    /// <summary>The score with every metric the vector carries: CVSS-B, -BT, -BE or -BTE as <see cref="Nomenclature"/> says.</summary>
    public double Score { get; }

    /// <summary>CVSS-B: the base metrics alone, whatever else the vector carries.</summary>
    public double BaseScore { get; }

    /// <summary>The band of <see cref="Score"/>: a vector that says E:U is meant to be rated lower.</summary>
    public SeverityBand Band => SeverityBands.FromScore(Score);

    /// <exception cref="FormatException">The vector is not a valid CVSS v4.0 vector; the message says why.</exception>
    public static Cvss4Vector Parse(string vector) =>
        TryParse(vector, out var parsed, out var error)
            ? parsed
            : throw new FormatException($"invalid CVSS v4.0 vector '{vector}': {error}");

    /// <summary>Parses without throwing; <paramref name="error"/> says why a vector was refused.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? vector,
        [NotNullWhen(true)] out Cvss4Vector? result,
        [NotNullWhen(false)] out string? error)
    {
        result = null;
        var text = vector?.Trim() ?? string.Empty;
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            error = text.Length == 0 ? "the vector is empty" : "the vector does not start with " + Prefix;
            return false;
        }

        // Metric order is not enforced (the reference calculator does): reordered vectors are unambiguous
        // and appear in the wild, so refusing them would only lose a score.
        var metrics = new Dictionary<string, string>(StringComparer.Ordinal);
        error = CvssMetricReader.Read(text[Prefix.Length..], AllowedValues, metrics)
            ?? CvssMetricReader.CheckMandatory(BaseMetrics, metrics);
        if (error is not null)
        {
            return false;
        }

        result = new Cvss4Vector(text, metrics);
        return true;
    }

    public override string ToString() => Vector;

    private bool IsDefined(string key) => metrics.TryGetValue(key, out var value) && value != "X";

    /// <summary>
    /// The value the equations use (the reference's getEffectiveMetricValue): Not Defined threat and
    /// requirement metrics assume the worst (E:A, CR/IR/AR:H); a defined Modified metric overrides its base metric.
    /// </summary>
    private string Effective(string key)
    {
        if (metrics.TryGetValue("M" + key, out var modified) && modified != "X")
        {
            return modified;
        }

        return metrics.TryGetValue(key, out var value) && value != "X" ? value : Default(key);
    }

    private static string Default(string key) => key switch
    {
        "E" => "A",
        "CR" or "IR" or "AR" => "H",
        _ => "X",
    };
}
