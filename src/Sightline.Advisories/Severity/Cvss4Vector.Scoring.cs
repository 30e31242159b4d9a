namespace Sightline.Advisories.Severity;

/// <summary>
/// Section 8.3's interpolation, step for step as the reference calculator (cvss40.js) does it, including its
/// floating-point order of operations, so that every score matches FIRST's to the tenth.
/// </summary>
public sealed partial class Cvss4Vector
{
    // The reference measures distances in tenths; keeping its decimal levels keeps its rounding too.
    private static readonly (string Metric, Dictionary<string, double> Levels)[] MetricLevels =
    [
        ("AV", new() { ["N"] = 0.0, ["A"] = 0.1, ["L"] = 0.2, ["P"] = 0.3 }),
        ("PR", new() { ["N"] = 0.0, ["L"] = 0.1, ["H"] = 0.2 }),
        ("UI", new() { ["N"] = 0.0, ["P"] = 0.1, ["A"] = 0.2 }),
        ("AC", new() { ["L"] = 0.0, ["H"] = 0.1 }),
        ("AT", new() { ["N"] = 0.0, ["P"] = 0.1 }),
        ("VC", new() { ["H"] = 0.0, ["L"] = 0.1, ["N"] = 0.2 }),
        ("VI", new() { ["H"] = 0.0, ["L"] = 0.1, ["N"] = 0.2 }),
        ("VA", new() { ["H"] = 0.0, ["L"] = 0.1, ["N"] = 0.2 }),
        ("SC", new() { ["H"] = 0.1, ["L"] = 0.2, ["N"] = 0.3 }),
        ("SI", new() { ["S"] = 0.0, ["H"] = 0.1, ["L"] = 0.2, ["N"] = 0.3 }),
        ("SA", new() { ["S"] = 0.0, ["H"] = 0.1, ["L"] = 0.2, ["N"] = 0.3 }),
        ("CR", new() { ["H"] = 0.0, ["M"] = 0.1, ["L"] = 0.2 }),
        ("IR", new() { ["H"] = 0.0, ["M"] = 0.1, ["L"] = 0.2 }),
        ("AR", new() { ["H"] = 0.0, ["M"] = 0.1, ["L"] = 0.2 }),
        ("E", new() { ["U"] = 0.2, ["P"] = 0.1, ["A"] = 0.0 }),
    ];

    private const double RoundingEpsilon = 1e-6;

    private static readonly string[] ImpactMetrics = ["VC", "VI", "VA", "SC", "SI", "SA"];

    private static double ComputeScore(Func<string, string> m, string macroVector)
    {
        // No impact on any system scores 0 whatever the exploitability (section 8.3, the "no impact" exception).
        if (ImpactMetrics.All(key => m(key) == "N"))
        {
            return 0.0;
        }

        var eq = macroVector.Select(c => c - '0').ToArray();
        var value = Cvss4MacroVectorScores.ByMacroVector[macroVector];

        // a. The maximal scoring difference per EQ: down to the next lower macro vector, NaN where there is none.
        double Lower(int index) => MacroScore(With(eq, index, eq[index] + 1));
        var eq3eq6Lower = (eq[2], eq[5]) switch
        {
            (0, 0) => Math.Max(MacroScore(With(eq, 5, 1)), MacroScore(With(eq, 2, 1))),
            (1, 0) => MacroScore(With(eq, 5, 1)),
            (2, 1) => double.NaN,
            _ => MacroScore(With(eq, 2, eq[2] + 1)),
        };

        // b. The severity distance from the first highest vector of the macro vector that is not less severe.
        var distances = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var max in MaxVectors(eq))
        {
            foreach (var (metric, levels) in MetricLevels)
            {
                distances[metric] = levels[m(metric)] - levels[max[metric]];
            }

            if (distances.Values.All(d => d >= 0))
            {
                break;
            }
        }

        double D(params string[] keys) => keys.Aggregate(0.0, (sum, key) => sum + distances[key]);

        // c-d. Each EQ's share: its maximal scoring difference times the proportion of its depth walked.
        var parts = new[]
        {
            (Available: value - Lower(0), Distance: D("AV", "PR", "UI"), Depth: Eq1Depth[eq[0]]),
            (Available: value - Lower(1), Distance: D("AC", "AT"), Depth: Eq2Depth[eq[1]]),
            (Available: value - eq3eq6Lower, Distance: D("VC", "VI", "VA", "CR", "IR", "AR"), Depth: Eq3Eq6Depth[eq[2]][eq[5]]),
            (Available: value - Lower(3), Distance: D("SC", "SI", "SA"), Depth: Eq4Depth[eq[3]]),

            // EQ5 counts in the mean but never moves the score: its levels have no depth.
            (Available: value - Lower(4), Distance: 0.0, Depth: 1),
        };
        var existing = parts.Count(p => !double.IsNaN(p.Available));
        var total = parts.Aggregate(0.0, (sum, p) =>
            sum + (double.IsNaN(p.Available) ? 0.0 : p.Available * (p.Distance / (p.Depth * 0.1))));

        // 2-3. Subtract the mean and round half up to one decimal. FIRST's calculator adds 1e-6 first: the
        // interpolation can land one ulp below a tie (4.949999999999999 for 4.95) and must still round up.
        var mean = existing == 0 ? 0.0 : total / existing;
        var score = Math.Max(0, Math.Min(10, value - mean));
        return Math.Round((score + RoundingEpsilon) * 10, MidpointRounding.AwayFromZero) / 10;
    }

    private static string With(int[] eq, int index, int level)
    {
        var copy = (int[])eq.Clone();
        copy[index] = level;
        return string.Concat(copy);
    }

    private static double MacroScore(string macroVector) =>
        Cvss4MacroVectorScores.ByMacroVector.TryGetValue(macroVector, out var score) ? score : double.NaN;
}
