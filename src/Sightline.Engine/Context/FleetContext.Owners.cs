using Sightline.Core.Findings;
using Sightline.Fleet.Ownership;

namespace Sightline.Engine.Context;

public sealed partial class FleetContext
{
    /// <summary>
    /// Who owns a file: the CODEOWNERS rule(s) that match it, then the catalog component's owner, then
    /// owners sightline.yaml gives the repository's services. Each once, by team, in that order.
    /// </summary>
    public IReadOnlyList<FindingOwner> OwnersOf(string repository, string? path) => Explain(repository, path).Owners;

    public OwnershipExplanation Explain(string repository, string? path)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var owners = new List<FindingOwner>();
        void Add(string name, string source)
        {
            var team = TeamNames.Key(name);
            if (!owners.Any(o => o.Team == team))
            {
                owners.Add(new FindingOwner(name, team, source));
            }
        }

        _repositories.TryGetValue(repository, out var facts);
        OwnershipMatch? match = null;
        if (facts?.CodeOwners is { } codeOwners && path is not null)
        {
            match = codeOwners.Match(path.TrimStart('/'));
            foreach (var rule in match.Rules)
            {
                var section = rule.Section is null ? string.Empty : $" [{rule.Section}]";
                foreach (var owner in rule.Owners)
                {
                    Add(owner, $"CODEOWNERS {codeOwners.Path}:{rule.Line}{section} ({rule.Pattern})");
                }
            }
        }

        var components = facts?.Entities.Where(e => e.Kind == "Component" && e.Owner is not null).ToList() ?? [];
        foreach (var component in components)
        {
            Add(component.Owner!, $"catalog {component.Path}:{component.Line} (Component {component.Name})");
        }

        foreach (var (holder, config) in Configs)
        {
            foreach (var service in config.Services.Where(s => (s.Repository ?? holder) == repository && s.Owner is not null))
            {
                Add(service.Owner!, $"{holder}:sightline.yaml (service {service.Name})");
            }
        }

        return new OwnershipExplanation(repository, path, facts?.CodeOwners, match, components.Select(c => c.Name).ToList(), owners);
    }
}

/// <summary>Why a path has the owners it has: the CODEOWNERS file and winning rules, and the catalog components.</summary>
public sealed record OwnershipExplanation(string Repository, string? Path, CodeOwnersFile? CodeOwners, OwnershipMatch? Match,
    IReadOnlyList<string> Components, IReadOnlyList<FindingOwner> Owners);
