using Sightline.Core.Model;

namespace Sightline.Remediation.Targets;

/// <summary>The version to move one package to so that every advisory in scope stops affecting it.</summary>
/// <param name="TargetVersion">Null when no known version fixes every advisory.</param>
/// <param name="SameMajor">The target keeps the current major (the 0.x minor for npm, crates.io and Packagist).</param>
/// <param name="Advisories">Ids of the advisories that name this package, in the order given.</param>
/// <param name="Reason">Why, in words for a report.</param>
public sealed record FixTarget(
    Ecosystem Ecosystem,
    string Package,
    string CurrentVersion,
    string? TargetVersion,
    bool SameMajor,
    IReadOnlyList<string> Advisories,
    string Reason);
