using Sightline.Core.Model;

namespace Sightline.Remediation.Patching.Npm;

/// <summary>Rewrites a package.json dependency spec to a new version, keeping its range operator.</summary>
internal static class NpmSpec
{
    private static readonly string[] Operators = [">=", "^", "~", "="];

    /// <summary>
    /// The new spec, or null with a problem: only a single version with an optional ^, ~, &gt;= or = is
    /// rewritten; protocols (workspace:, file:, git, URLs, npm: aliases), tags, wildcards and compound
    /// ranges say what they are. <paramref name="satisfied"/> is set when the spec already asks for the target or newer.
    /// </summary>
    public static string? Rewrite(string spec, string target, out string? problem, out bool satisfied)
    {
        satisfied = false;
        var trimmed = spec.Trim();
        problem = Refusal(trimmed);
        if (problem is not null)
        {
            return null;
        }

        var op = Array.Find(Operators, candidate => trimmed.StartsWith(candidate, StringComparison.Ordinal)) ?? "";
        var version = trimmed[op.Length..].TrimStart();
        if (version.StartsWith('v'))
        {
            version = version[1..];
        }

        if (!IsVersion(version))
        {
            problem = $"'{spec}' is not a version or a simple range";
            return null;
        }

        if (PatchVersions.IsAtLeast(Ecosystem.Npm, version, target) && Complete(version))
        {
            satisfied = true;
            return spec;
        }

        return op + target;
    }

    private static string? Refusal(string spec)
    {
        if (spec.Length == 0 || spec is "*" or "latest" or "x" or "next")
        {
            return $"'{spec}' accepts any version: nothing to raise";
        }

        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            return $"'{spec}' uses the {spec[..(colon + 1)]} protocol, not a registry version";
        }

        if (spec.Contains('/', StringComparison.Ordinal))
        {
            return $"'{spec}' is a git or path spec, not a registry version";
        }

        if (spec.Contains("||", StringComparison.Ordinal) || spec.TrimStart('>', '=', '^', '~').TrimStart().Contains(' ', StringComparison.Ordinal) || spec[0] is '<' or '>' && !spec.StartsWith(">=", StringComparison.Ordinal))
        {
            return $"'{spec}' is a compound or bounded range: edit it by hand";
        }

        return char.IsAsciiLetter(spec[0]) && spec[0] != 'v' ? $"'{spec}' is a dist-tag, not a version" : null;
    }

    // 1, 1.2, 1.2.3, 1.2.3-rc.1+build; x and * components are wildcards, refused as ranges.
    private static bool IsVersion(string version)
    {
        var core = version.Split('-', '+')[0];
        var parts = core.Split('.');
        return parts.Length is >= 1 and <= 3 && Array.TrueForAll(parts, part => part.Length > 0 && part.All(char.IsAsciiDigit));
    }

    private static bool Complete(string version) => version.Split('-', '+')[0].Split('.').Length == 3;
}
