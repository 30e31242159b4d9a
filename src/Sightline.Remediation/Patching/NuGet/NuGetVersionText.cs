using Sightline.Core.Model;

namespace Sightline.Remediation.Patching.NuGet;

/// <summary>How a NuGet version attribute or element is rewritten.</summary>
internal static class NuGetVersionText
{
    /// <summary>The property a "$(Name)" version refers to, else null.</summary>
    public static string? Property(string value)
    {
        var trimmed = value.Trim();
        return trimmed.StartsWith("$(", StringComparison.Ordinal) && trimmed.EndsWith(')') && trimmed.IndexOf(')', StringComparison.Ordinal) == trimmed.Length - 1
            ? trimmed[2..^1].Trim()
            : null;
    }

    /// <summary>
    /// The new value: a plain version becomes the target, "[1.2.3]" keeps its brackets; floating versions,
    /// ranges and expressions are refused. <paramref name="satisfied"/> when it already names the target or newer.
    /// </summary>
    public static string? Rewrite(string value, string target, out string? problem, out bool satisfied)
    {
        satisfied = false;
        problem = null;
        var trimmed = value.Trim();
        var exact = trimmed.Length > 2 && trimmed[0] == '[' && trimmed[^1] == ']' && !trimmed.Contains(',', StringComparison.Ordinal);
        var version = exact ? trimmed[1..^1].Trim() : trimmed;
        if (version.Contains('*', StringComparison.Ordinal))
        {
            problem = $"'{value}' is a floating version";
            return null;
        }

        if (version.Length == 0 || version.IndexOfAny(['[', ']', '(', ')', ',', '$', ' ', ';']) >= 0)
        {
            problem = $"'{value}' is a range or an expression, not a version";
            return null;
        }

        if (PatchVersions.IsAtLeast(Ecosystem.NuGet, version, target))
        {
            satisfied = true;
            return value;
        }

        return exact ? "[" + target + "]" : target;
    }
}
