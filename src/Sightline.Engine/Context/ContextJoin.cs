using Sightline.Core.Code;
using Sightline.Core.Findings;
using Sightline.Engine.Reachability;

namespace Sightline.Engine.Context;

/// <summary>Joins findings with owners, services and environments; orders and filters them by what matters.</summary>
public static class ContextJoin
{
    public static IReadOnlyList<Finding> Attach(IEnumerable<Finding> findings, FleetContext context)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(context);
        return [.. findings.Select(f => f with { Context = For(f, context) })];
    }

    public static FindingContext For(Finding finding, FleetContext context)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(context);
        var services = context.ServicesOf(finding.Repository)
            .Select(s => new FindingService(s.Name, [.. s.Environments.Select(e => new FindingEnvironment(e.Name, e.Production, e.Source))], string.Join("; ", s.Sources)))
            .ToList();
        return new FindingContext(context.OwnersOf(finding.Repository, OwnedFile(finding)), services);
    }

    /// <summary>The file whose owners answer for the finding: the call into the package when the code has one, else the manifest.</summary>
    public static string OwnedFile(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var verdict = finding.Reachability;
        var local = verdict?.Trace.LastOrDefault(f => f.Repository is null);
        return local?.File ?? (verdict is { CallSites.Count: > 0 } ? verdict.CallSites[0].File : null) ?? finding.Manifest;
    }

    /// <summary>
    /// Most urgent first: runtime before dev/test; then reachable or called in production, reachable or
    /// called elsewhere, the rest in production, the rest; then the strength of the verdict.
    /// </summary>
    public static IOrderedEnumerable<Finding> ByUrgency(IEnumerable<Finding> findings) =>
        findings.OrderBy(f => f.Scope is "dev" or "test" ? 1 : 0)
            .ThenBy(f => (Uses(f.Reachability) ? 0 : 2) + (f.Context?.InProduction == true ? 0 : 1))
            .ThenBy(f => ReachabilityEnricher.Rank(f.Reachability))
            .ThenBy(f => f.Repository, StringComparer.Ordinal).ThenBy(f => f.Manifest, StringComparer.Ordinal);

    /// <summary>Keeps findings whose repository runs in the environment (any production one when it names production).</summary>
    public static IEnumerable<Finding> InEnvironment(IEnumerable<Finding> findings, string environment, FleetContext context)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(context);
        return findings.Where(f => f.Context?.Services.Any(s => s.Environments.Any(e => context.EnvironmentMatches(environment, e.Name, e.Production))) == true);
    }

    /// <summary>Keeps findings one of whose owners is the team (any spelling: @org/team, team, group:team).</summary>
    public static IEnumerable<Finding> OwnedBy(IEnumerable<Finding> findings, string owner)
    {
        var team = TeamNames.Key(owner);
        return findings.Where(f => f.Context?.Owners.Any(o => o.Team == team) == true);
    }

    private static bool Uses(ReachabilityVerdict? verdict) => verdict?.Verdict is Verdict.Reachable or Verdict.Called;
}
