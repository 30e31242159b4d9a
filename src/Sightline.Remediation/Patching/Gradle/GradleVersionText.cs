using Sightline.Core.Model;

namespace Sightline.Remediation.Patching.Gradle;

/// <summary>How a Gradle version string is rewritten: plain and strict ("1.2!!") versions only.</summary>
internal static class GradleVersionText
{
    public static string? Rewrite(string value, string target, out string? problem, out bool satisfied)
    {
        satisfied = false;
        problem = null;
        var strict = value.EndsWith("!!", StringComparison.Ordinal);
        var version = strict ? value[..^2] : value;
        if (version.Length == 0 || version.Contains('+', StringComparison.Ordinal) || version.StartsWith("latest.", StringComparison.Ordinal)
            || version.IndexOfAny(['[', ']', '(', ')', ',', '$', ' ', '{', '}']) >= 0)
        {
            problem = $"'{value}' is a dynamic version, a range or an expression, not a version";
            return null;
        }

        satisfied = PatchVersions.IsAtLeast(Ecosystem.Maven, version, target);
        return satisfied ? value : target + (strict ? "!!" : "");
    }
}
