using Sightline.Core.Advisories;
using Sightline.Core.Model;
using Sightline.Core.Versioning;
using Sightline.Versioning;
using Sightline.Versioning.Osv;

namespace Sightline.Remediation.Targets;

/// <summary>The lowest version that fixes every advisory in scope, within the current major where one exists.</summary>
public static partial class FixTargets
{
    /// <summary>
    /// advisories: every advisory in scope that affects this package; only their <c>affected</c> entries
    /// for this ecosystem and package (names normalised per ecosystem) count. knownVersions: versions
    /// known to exist (fleet, registry); every <c>fixed</c> event is added, since a fixed version exists.
    /// </summary>
    public static FixTarget Compute(
        Ecosystem ecosystem, string package, string currentVersion,
        IReadOnlyList<Advisory> advisories, IEnumerable<string> knownVersions)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(currentVersion);
        ArgumentNullException.ThrowIfNull(advisories);
        ArgumentNullException.ThrowIfNull(knownVersions);

        var scheme = VersionSchemes.For(ecosystem);
        if (scheme is null)
        {
            return new FixTarget(ecosystem, package, currentVersion, null, false, [], $"no version ordering for ecosystem {ecosystem}");
        }

        var scoped = ScopedAdvisory.Select(ecosystem, package, advisories, scheme);
        string[] ids = [.. scoped.Select(s => s.Id)];
        FixTarget Result(string? target, bool sameMajor, string reason) =>
            new(ecosystem, package, currentVersion, target, sameMajor, ids, reason);

        if (ids.Length == 0)
        {
            return Result(currentVersion, true, $"no advisory in scope names {package}");
        }

        if (!scheme.TryParse(currentVersion.Trim(), out var current))
        {
            return Result(null, false, $"current version '{currentVersion}' is not a valid {ecosystem.OsvName()} version");
        }

        var currentQuery = VersionQuery.Create(current.Text, scheme);
        if (scoped.TrueForAll(s => s.Evaluate(currentQuery).Status == AffectedStatus.NotAffected))
        {
            return Result(currentVersion, true, $"{currentVersion} is not affected by {string.Join(", ", ids)}");
        }

        var candidates = Candidates(scheme, current, knownVersions, scoped);
        var search = Search.Run(ecosystem, currentVersion, candidates, scoped);
        return search.SameMajor is { } same ? Result(Spell(ecosystem, currentVersion, same), true, SameMajorReason(ids, search.Line!, Spell(ecosystem, currentVersion, same)))
            : search.Lowest is { } lowest ? Result(Spell(ecosystem, currentVersion, lowest), false, UpgradeReason(ids, search.Line, Spell(ecosystem, currentVersion, lowest)))
            : Result(null, false, NoFixReason(ids, scoped, search, currentVersion));
    }

    /// <summary>Known and fixed versions above the current one, ascending, one spelling each (the known one first).</summary>
    private static List<IVersion> Candidates(
        IVersionScheme scheme, IVersion current, IEnumerable<string> knownVersions, List<ScopedAdvisory> scoped)
    {
        var parsed = new List<IVersion>();
        foreach (var text in knownVersions.Concat(scoped.SelectMany(s => s.FixedVersions)))
        {
            if (string.IsNullOrWhiteSpace(text) || !scheme.TryParse(text.Trim(), out var version))
            {
                continue;
            }

            // Pre-releases only for a project already on one; a fix is never a downgrade.
            if (version.CompareTo(current) > 0 && (!version.IsPrerelease || current.IsPrerelease))
            {
                parsed.Add(version);
            }
        }

        var sorted = new List<IVersion>(parsed.Count);
        foreach (var version in parsed.OrderBy(v => v, Comparer<IVersion>.Create(static (a, b) => a.CompareTo(b))))
        {
            if (sorted.Count == 0 || sorted[^1].CompareTo(version) != 0)
            {
                sorted.Add(version);
            }
        }

        return sorted;
    }

    /// <summary>go.mod writes "v1.2.3"; OSV writes "1.2.3": answer in the project's spelling.</summary>
    private static string Spell(Ecosystem ecosystem, string current, IVersion target) =>
        ecosystem == Ecosystem.Go && current.TrimStart().StartsWith('v') && !target.Text.StartsWith('v')
            ? "v" + target.Text
            : target.Text;
}
