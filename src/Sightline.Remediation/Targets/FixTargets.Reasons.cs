using System.Text;

namespace Sightline.Remediation.Targets;

public static partial class FixTargets
{
    private static string SameMajorReason(string[] ids, string line, string target) =>
        $"lowest version fixing {string.Join(", ", ids)} within {MajorLine.Label(line)}: {target}";

    private static string UpgradeReason(string[] ids, string? line, string target) => line is null
        ? $"lowest version fixing {string.Join(", ", ids)}: {target} (the current version has no major to keep)"
        : $"no version within {MajorLine.Label(line)} fixes {string.Join(", ", ids)}; lowest fixing version is {target}, a major upgrade";

    /// <summary>Names each advisory no candidate fixes, and why; or says they cannot be fixed together.</summary>
    private static string NoFixReason(string[] ids, List<ScopedAdvisory> scoped, Search search, string current)
    {
        var lacking = new List<string>();
        for (var i = 0; i < scoped.Count; i++)
        {
            if (!search.FixedAlone[i])
            {
                lacking.Add($"{scoped[i].Id} ({Why(scoped[i], search.UnknownReasons[i], current)})");
            }
        }

        return lacking.Count > 0
            ? "no fixed version known for " + string.Join("; ", lacking)
            : $"no known version above {current} fixes {string.Join(", ", ids)} together";
    }

    private static string Why(ScopedAdvisory advisory, string? unknown, string current)
    {
        var why = new StringBuilder();
        if (advisory.LastAffected.Count > 0)
        {
            why.Append("last_affected ").AppendJoin(", ", advisory.LastAffected);
        }
        else if (unknown is not null)
        {
            why.Append("cannot evaluate: ").Append(unknown);
        }
        else if (advisory.FixedVersions.Count == 0)
        {
            why.Append("no fixed event");
        }
        else
        {
            why.Append("fixed in ").AppendJoin(", ", advisory.FixedVersions).Append(", but no known version above ").Append(current).Append(" is outside its ranges");
        }

        return why.ToString();
    }
}
