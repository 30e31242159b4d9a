using Sightline.Core.Advisories;
using Sightline.Core.Findings;
using Sightline.Core.Model;
using Sightline.Engine.Context;
using Sightline.Remediation.Registries;
using Sightline.Remediation.Scheduling;
using Sightline.Remediation.Targets;
using Sightline.Store;

namespace Sightline.Engine.Remediation;

/// <summary>
/// Builds the remediation plan for one advisory: the fix target per affected package, then every action —
/// bump where the package is declared, release each internal library on the way (a patch bump, after its
/// own fix) and bump its consumers to that release, deploy each service — scheduled twice: releasing
/// through the libraries, and overriding the transitive version in the consumers first (the library
/// releases then follow up, so the overrides can be removed).
/// </summary>
public sealed partial class PlanBuilder(SightlineStore store, FleetContext fleet, PlanDurations durations, IVersionSource? versions = null)
{
    private readonly InternalPackages _internal = store.LoadInternalPackages();
    private readonly FleetContext _fleet = fleet;
    private readonly PlanDurations _durations = durations;

    public async Task<RemediationPlan> BuildAsync(Advisory advisory, IReadOnlyList<Finding> findings, IReadOnlyList<PackageUse> throughLibraries, int? ciLimit,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(throughLibraries);
        var problems = new List<string>();
        var relevant = findings.Where(f => f.AdvisoryId == advisory.Id && f.IgnoredBecause is null && f.Version is not null).ToList();
        var targets = await TargetsAsync(relevant, cancellationToken);
        var releases = new Session(this, relevant, throughLibraries, targets, overrides: false, problems).Build();
        var overrides = new Session(this, relevant, throughLibraries, targets, overrides: true, []).Build();
        var releaseStrategy = Strategy("releases", "release each internal library on the path, then bump and deploy its consumers", releases, ciLimit, problems);
        var overrideStrategy = overrides.Any(s => s.Kind == StepKind.Pin)
            ? Strategy("overrides", "pin the fixed version in each consumer now (an override to remove later); library releases follow up", overrides, ciLimit, [])
            : null;
        return new RemediationPlan(advisory.Id, [.. targets.Values.OrderBy(t => t.Package, StringComparer.Ordinal).ThenBy(t => t.CurrentVersion, StringComparer.Ordinal)],
            releaseStrategy, overrideStrategy, problems) { CiLimit = ciLimit };
    }

    private static PlanStrategy Strategy(string name, string summary, IReadOnlyList<PlanStep> steps, int? ciLimit, List<string> problems)
    {
        var schedule = Scheduler.Solve(new ScheduleRequest(
            [.. steps.Select(s => new PlannedAction(s.Id, s.Duration, s.After, UsesCi: true, ProductionSafe: s.ProductionSafe))], ciLimit));
        problems.AddRange(schedule.Problems.Select(p => $"{name}: {p}"));
        return new PlanStrategy(name, summary, steps, schedule);
    }

    private async Task<Dictionary<(string Ecosystem, string Package, string Version), FixTarget>> TargetsAsync(IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        var targets = new Dictionary<(string, string, string), FixTarget>();
        foreach (var group in findings.GroupBy(f => (f.Ecosystem, f.Package, Version: f.Version!)))
        {
            var ecosystem = Enum.Parse<Ecosystem>(group.Key.Ecosystem);
            var scheme = Versioning.VersionSchemes.For(ecosystem);
            var inScope = store.AdvisoriesFor(ecosystem, PackageNames.Normalize(ecosystem, group.Key.Package))
                .Where(a => a.Withdrawn is null && a.Affected.Any(p => p.Ecosystem == ecosystem
                    && PackageNames.Normalize(ecosystem, p.Name) == PackageNames.Normalize(ecosystem, group.Key.Package)
                    && Versioning.Osv.AffectedEvaluator.Evaluate(p, group.Key.Version, scheme).IsAffected))
                .ToList();
            var known = new List<string>(store.VersionsOf(ecosystem, group.Key.Package));
            if (versions is not null)
            {
                known.AddRange((await versions.GetVersionsAsync(ecosystem, group.Key.Package, cancellationToken)).Versions);
            }

            targets[group.Key] = FixTargets.Compute(ecosystem, group.Key.Package, group.Key.Version, inScope, known);
        }

        return targets;
    }
}
