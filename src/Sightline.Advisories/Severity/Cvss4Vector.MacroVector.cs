namespace Sightline.Advisories.Severity;

/// <summary>
/// The six equivalence sets (specification section 8.2, table 24-29) that place a vector in a macro vector,
/// and, per set, the highest-severity vectors of each level (the reference's max_composed).
/// </summary>
public sealed partial class Cvss4Vector
{
    // Each EQ level's highest-severity vectors, as metric:value fragments. EQ3 is indexed by EQ3 then EQ6
    // because the two are joint: the requirement metrics only matter together with the impact they weigh.
    private static readonly string[][] Eq1Maxes =
        [["AV:N/PR:N/UI:N"], ["AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"], ["AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P"]];

    private static readonly string[][] Eq2Maxes = [["AC:L/AT:N"], ["AC:H/AT:N", "AC:L/AT:P"]];

    private static readonly string[][][] Eq3Eq6Maxes =
    [
        [["VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"], ["VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"]],
        [
            ["VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"],
            [
                "VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M", "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M",
                "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H", "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M",
            ],
        ],
        [[], ["VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"]],
    ];

    private static readonly string[][] Eq4Maxes = [["SC:H/SI:S/SA:S"], ["SC:H/SI:H/SA:H"], ["SC:L/SI:L/SA:L"]];

    private static readonly string[][] Eq5Maxes = [["E:A"], ["E:P"], ["E:U"]];

    // The depth of each level in severity steps, plus one (the reference's max_severity).
    private static readonly int[] Eq1Depth = [1, 4, 5];
    private static readonly int[] Eq2Depth = [1, 2];
    private static readonly int[][] Eq3Eq6Depth = [[7, 6], [8, 8], [0, 10]];
    private static readonly int[] Eq4Depth = [6, 5, 4];

    private static string ComputeMacroVector(Func<string, string> m)
    {
        var (av, pr, ui) = (m("AV"), m("PR"), m("UI"));
        var eq1 = av == "N" && pr == "N" && ui == "N" ? 0
            : (av == "N" || pr == "N" || ui == "N") && av != "P" ? 1
            : 2;
        var eq2 = m("AC") == "L" && m("AT") == "N" ? 0 : 1;
        var (vc, vi, va) = (m("VC"), m("VI"), m("VA"));
        var eq3 = vc == "H" && vi == "H" ? 0 : vc == "H" || vi == "H" || va == "H" ? 1 : 2;

        // MSI/MSA are read raw: Safety exists only as a Modified value.
        var eq4 = m("MSI") == "S" || m("MSA") == "S" ? 0
            : m("SC") == "H" || m("SI") == "H" || m("SA") == "H" ? 1
            : 2;
        var eq5 = m("E") switch { "A" => 0, "P" => 1, _ => 2 };
        var eq6 = (m("CR") == "H" && vc == "H") || (m("IR") == "H" && vi == "H") || (m("AR") == "H" && va == "H") ? 0 : 1;
        return string.Concat(eq1, eq2, eq3, eq4, eq5, eq6);
    }

    /// <summary>Every combination of the levels' highest vectors, in the reference's order (EQ1 outermost).</summary>
    private static IEnumerable<Dictionary<string, string>> MaxVectors(int[] eq)
    {
        foreach (var a in Eq1Maxes[eq[0]])
        {
            foreach (var b in Eq2Maxes[eq[1]])
            {
                foreach (var c in Eq3Eq6Maxes[eq[2]][eq[5]])
                {
                    foreach (var d in Eq4Maxes[eq[3]])
                    {
                        yield return string.Join('/', a, b, c, d, Eq5Maxes[eq[4]][0])
                            .Split('/')
                            .Select(p => p.Split(':'))
                            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
                    }
                }
            }
        }
    }
}
