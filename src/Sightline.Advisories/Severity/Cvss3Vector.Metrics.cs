namespace Sightline.Advisories.Severity;

/// <summary>The metric names, their allowed values and their weights (v3.1 section 7.4; v3.0 section 8.4, identical).</summary>
public sealed partial class Cvss3Vector
{
    private static readonly string[] BaseMetrics = ["AV", "AC", "PR", "UI", "S", "C", "I", "A"];

    private static readonly string[] TemporalMetrics = ["E", "RL", "RC"];

    private static readonly string[] EnvironmentalMetrics =
        ["CR", "IR", "AR", "MAV", "MAC", "MPR", "MUI", "MS", "MC", "MI", "MA"];

    private static readonly Dictionary<string, string[]> AllowedValues = new(StringComparer.Ordinal)
    {
        ["AV"] = ["N", "A", "L", "P"],
        ["AC"] = ["L", "H"],
        ["PR"] = ["N", "L", "H"],
        ["UI"] = ["N", "R"],
        ["S"] = ["U", "C"],
        ["C"] = ["H", "L", "N"],
        ["I"] = ["H", "L", "N"],
        ["A"] = ["H", "L", "N"],
        ["E"] = ["X", "H", "F", "P", "U"],
        ["RL"] = ["X", "U", "W", "T", "O"],
        ["RC"] = ["X", "C", "R", "U"],
        ["CR"] = ["X", "H", "M", "L"],
        ["IR"] = ["X", "H", "M", "L"],
        ["AR"] = ["X", "H", "M", "L"],
        ["MAV"] = ["X", "N", "A", "L", "P"],
        ["MAC"] = ["X", "L", "H"],
        ["MPR"] = ["X", "N", "L", "H"],
        ["MUI"] = ["X", "N", "R"],
        ["MS"] = ["X", "U", "C"],
        ["MC"] = ["X", "H", "L", "N"],
        ["MI"] = ["X", "H", "L", "N"],
        ["MA"] = ["X", "H", "L", "N"],
    };

    private static double AttackVector(string v) => v switch { "N" => 0.85, "A" => 0.62, "L" => 0.55, _ => 0.2 };

    private static double AttackComplexity(string v) => v == "L" ? 0.77 : 0.44;

    /// <summary>Privileges weigh more when the scope changes: the attacker's foothold reaches further.</summary>
    private static double PrivilegesRequired(string v, bool scopeChanged) => v switch
    {
        "N" => 0.85,
        "L" => scopeChanged ? 0.68 : 0.62,
        _ => scopeChanged ? 0.5 : 0.27,
    };

    private static double UserInteraction(string v) => v == "N" ? 0.85 : 0.62;

    private static double Impact(string v) => v switch { "H" => 0.56, "L" => 0.22, _ => 0.0 };

    // Not Defined (X) weighs 1 in every temporal and requirement metric: it leaves the score unchanged.
    private static double ExploitCodeMaturity(string v) => v switch { "F" => 0.97, "P" => 0.94, "U" => 0.91, _ => 1.0 };

    private static double RemediationLevel(string v) => v switch { "W" => 0.97, "T" => 0.96, "O" => 0.95, _ => 1.0 };

    private static double ReportConfidence(string v) => v switch { "R" => 0.96, "U" => 0.92, _ => 1.0 };

    private static double Requirement(string v) => v switch { "H" => 1.5, "L" => 0.5, _ => 1.0 };
}
