namespace Sightline.Fleet.Config;

/// <summary>
/// sightline.yaml's <c>plan</c> section: how many CI jobs the fleet runs at once, and how long each kind
/// of action takes (<c>bump</c>, <c>pin</c>, <c>release</c>, <c>deploy</c>), fleet-wide and per repository.
/// Durations are kept as written ("45m", "1h30m"); the planner reads them.
/// </summary>
public sealed record PlanConfig(int? CiLimit, IReadOnlyDictionary<string, string> Durations, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> RepositoryDurations)
{
    public static PlanConfig Empty { get; } = new(null, new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal));
}
