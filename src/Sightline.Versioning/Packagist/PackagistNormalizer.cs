using System.Text.RegularExpressions;

namespace Sightline.Versioning.Packagist;

/// <summary>
/// composer/semver VersionParser::normalize: drops "as" aliases, "@stability" flags and "+build"
/// metadata, pads classical versions to four numbers (v1.2 becomes 1.2.0.0), keeps date versions
/// (2010-01-02 becomes 2010.01.02), expands stability suffixes (b2 becomes -beta2, pl becomes
/// -patch), keeps "dev-name" branches and turns "1.x-dev" into 1.9999999.9999999.9999999-dev.
/// PHP's regexes run without the u flag, so \d and \s are ASCII-only here too.
/// </summary>
internal static partial class PackagistNormalizer
{
    private const string Modifier =
        @"[._-]?(?:(?<stability>stable|beta|b|RC|alpha|a|patch|pl|p)(?<number>(?>(?:[.-]?[0-9]+)*))?)?(?<dev>[.-]?dev)?";

    public static (string Version, bool IsPrerelease)? Normalize(string text)
    {
        var version = text.Trim(' ', '\t', '\n', '\r', '\0', '\v');
        if (Alias().Match(version) is { Success: true } alias)
        {
            version = alias.Groups["source"].Value;
        }

        if (StabilityFlag().Match(version) is { Success: true } flag)
        {
            version = version[..flag.Index];
        }

        if (version is "master" or "trunk" or "default")
        {
            version = "dev-" + version;
        }

        if (version.StartsWith("dev-", StringComparison.OrdinalIgnoreCase))
        {
            return ("dev-" + version[4..], true);
        }

        if (BuildMetadata().Match(version) is { Success: true } build)
        {
            version = build.Groups["version"].Value;
        }

        if (Classical().Match(version) is { Success: true } classical)
        {
            var numbers = classical.Groups["major"].Value + Part(classical, "minor") + Part(classical, "patch") + Part(classical, "build");
            return AddModifiers(numbers, classical);
        }

        if (DateVersion().Match(version) is { Success: true } date)
        {
            return AddModifiers(NonDigit().Replace(date.Groups["date"].Value, "."), date);
        }

        if (DevBranch().Match(version) is { Success: true } branch && NumericBranch().Match(branch.Groups["name"].Value.Trim()) is { Success: true } numeric)
        {
            var parts = numeric.Groups["major"].Value + BranchPart(numeric, "minor") + BranchPart(numeric, "patch") + BranchPart(numeric, "build");
            return (parts.Replace("x", "9999999", StringComparison.Ordinal) + "-dev", true);
        }

        return null;
    }

    private static string Part(Match match, string name) => match.Groups[name].Success ? match.Groups[name].Value : ".0";

    private static string BranchPart(Match match, string name) =>
        match.Groups[name].Success ? match.Groups[name].Value.Replace('*', 'x').Replace('X', 'x') : ".x";

    private static (string, bool) AddModifiers(string version, Match match)
    {
        var stability = match.Groups["stability"];
        var isDev = match.Groups["dev"].Value.Length > 0;
        if (stability.Success && stability.Value.Length > 0)
        {
            // Only the exact lower-case word short-circuits, as composer's 'stable' === check does.
            if (stability.Value == "stable")
            {
                return (version, false);
            }

            var expanded = stability.Value.ToLowerInvariant() switch
            {
                "a" => "alpha",
                "b" => "beta",
                "p" or "pl" => "patch",
                "rc" => "RC",
                var other => other,
            };
            version += "-" + expanded + match.Groups["number"].Value.TrimStart('.', '-');
            var prerelease = expanded is "alpha" or "beta" or "RC";
            return isDev ? (version + "-dev", true) : (version, prerelease);
        }

        return isDev ? (version + "-dev", true) : (version, false);
    }

    [GeneratedRegex(@"^(?<source>(?>[^,\x20\t\n\r\f\v]+))(?> +)as(?> +)(?>[^,\x20\t\n\r\f\v]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Alias();

    [GeneratedRegex("@(?:stable|RC|beta|alpha|dev)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StabilityFlag();

    [GeneratedRegex(@"^(?<version>(?>[^,+\x20\t\n\r\f\v]+))\+(?>[^\x20\t\n\r\f\v]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex BuildMetadata();

    [GeneratedRegex(
        @"^v?(?<major>[0-9]{1,5})(?<minor>\.(?>[0-9]+))?(?<patch>\.(?>[0-9]+))?(?<build>\.(?>[0-9]+))?" + Modifier + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Classical();

    [GeneratedRegex(
        @"^v?(?<date>[0-9]{4}(?:[.:-]?[0-9]{2}){1,6}(?:[.:-]?[0-9]{1,3})?)" + Modifier + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateVersion();

    [GeneratedRegex("[^0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex NonDigit();

    [GeneratedRegex("(?<name>.*?)[.-]?dev$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DevBranch();

    [GeneratedRegex(
        @"^v?(?<major>(?>[0-9]+))(?<minor>\.(?:(?>[0-9]+)|[xX*]))?(?<patch>\.(?:(?>[0-9]+)|[xX*]))?(?<build>\.(?:(?>[0-9]+)|[xX*]))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericBranch();
}
