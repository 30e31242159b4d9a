using Sightline.Core.Findings;
using Sightline.Engine.Context;
using Sightline.Store;

namespace Sightline.Cli.Commands;

/// <summary>The `--env` and `--owner` filters shared by exposure and notify.</summary>
internal sealed class ContextFilter(FleetContext fleet, string? environment, string? owner)
{
    public IEnumerable<Finding> Apply(IEnumerable<Finding> findings)
    {
        if (environment is not null)
        {
            findings = ContextJoin.InEnvironment(findings, environment, fleet);
        }

        return owner is null ? findings : ContextJoin.OwnedBy(findings, owner);
    }

    /// <summary>Repositories exposed through an internal library, filtered the same way (their manifest's owners).</summary>
    public IReadOnlyList<PackageUse> Apply(IReadOnlyList<PackageUse> uses, FleetContext context) =>
        [.. uses.Where(u => (environment is null || context.ServicesOf(u.Repository).Any(s => s.Environments.Any(e => context.EnvironmentMatches(environment, e.Name, e.Production))))
            && (owner is null || context.OwnersOf(u.Repository, u.Manifest).Any(o => o.Team == TeamNames.Key(owner))))];

    public string Describe() =>
        (environment is null ? string.Empty : $", running in {environment}") + (owner is null ? string.Empty : $", owned by {owner}");
}
