namespace Sightline.Advisories.Severity;

/// <summary>The equations of v3.1 section 7.1-7.3 (v3.0 section 8.1-8.3), term for term.</summary>
public sealed partial class Cvss3Vector
{
    private double ComputeBaseScore()
    {
        var scopeChanged = Value("S") == "C";
        var iss = 1 - ((1 - Impact(Value("C"))) * (1 - Impact(Value("I"))) * (1 - Impact(Value("A"))));
        var impact = scopeChanged
            ? (7.52 * (iss - 0.029)) - (3.25 * Math.Pow(iss - 0.02, 15))
            : 6.42 * iss;
        var exploitability = 8.22 * AttackVector(Value("AV")) * AttackComplexity(Value("AC"))
            * PrivilegesRequired(Value("PR"), scopeChanged) * UserInteraction(Value("UI"));
        if (impact <= 0)
        {
            return 0.0;
        }

        return scopeChanged
            ? Roundup(Math.Min(1.08 * (impact + exploitability), 10))
            : Roundup(Math.Min(impact + exploitability, 10));
    }

    private double TemporalFactor() =>
        ExploitCodeMaturity(Value("E")) * RemediationLevel(Value("RL")) * ReportConfidence(Value("RC"));

    private double ComputeTemporalScore(double baseScore) => Roundup(baseScore * TemporalFactor());

    private double ComputeEnvironmentalScore()
    {
        // A Modified metric left Not Defined takes the base metric's value (section 4.2).
        string Modified(string key) => Value("M" + key) is var m && m != "X" ? m : Value(key);

        var scopeChanged = Modified("S") == "C";
        var miss = Math.Min(
            1 - ((1 - (Requirement(Value("CR")) * Impact(Modified("C"))))
                * (1 - (Requirement(Value("IR")) * Impact(Modified("I"))))
                * (1 - (Requirement(Value("AR")) * Impact(Modified("A"))))),
            0.915);

        // v3.1 changed the scope-changed modified impact (the 0.9731 factor and exponent 13); v3.0 reused the base form.
        var modifiedImpact = !scopeChanged ? 6.42 * miss
            : IsV31 ? (7.52 * (miss - 0.029)) - (3.25 * Math.Pow((miss * 0.9731) - 0.02, 13))
            : (7.52 * (miss - 0.029)) - (3.25 * Math.Pow(miss - 0.02, 15));
        var modifiedExploitability = 8.22 * AttackVector(Modified("AV")) * AttackComplexity(Modified("AC"))
            * PrivilegesRequired(Modified("PR"), scopeChanged) * UserInteraction(Modified("UI"));
        if (modifiedImpact <= 0)
        {
            return 0.0;
        }

        var sum = scopeChanged
            ? Math.Min(1.08 * (modifiedImpact + modifiedExploitability), 10)
            : Math.Min(modifiedImpact + modifiedExploitability, 10);
        return Roundup(Roundup(sum) * TemporalFactor());
    }

    /// <summary>
    /// v3.1 Appendix A: round up to one decimal after first rounding to five decimals, so that floating-point
    /// noise (4.000000000000001) does not push a score up a tenth. v3.0 specified the plain ceiling, and
    /// scores published under v3.0 were computed that way, so a 3.0 vector keeps it.
    /// </summary>
    private double Roundup(double value) => IsV31 ? Roundup31(value) : Roundup30(value);

    internal static double Roundup31(double value)
    {
        var scaled = (long)Math.Round(value * 100_000, MidpointRounding.AwayFromZero);
        return scaled % 10_000 == 0 ? scaled / 100_000.0 : (Math.Floor(scaled / 10_000.0) + 1) / 10.0;
    }

    internal static double Roundup30(double value) => Math.Ceiling(value * 10) / 10;
}
