namespace Sightline.Remediation.Scheduling;

/// <summary>Ids, duplicates and durations: what makes an action schedulable at all.</summary>
internal static partial class DagBuilder
{
    /// <summary>No remediation step takes longer; the cap also keeps sums of ticks far from overflowing.</summary>
    private static readonly TimeSpan LongestAction = TimeSpan.FromDays(30);

    /// <summary>Valid actions in ordinal id order; the first of a duplicated id is kept.</summary>
    private static List<PlannedAction> Validate(IReadOnlyList<PlannedAction> actions, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var valid = new List<PlannedAction>(actions.Count);
        for (var k = 0; k < actions.Count; k++)
        {
            var action = actions[k];
            if (action is null || string.IsNullOrWhiteSpace(action.Id))
            {
                problems.Add(Inv($"action #{k}: no id; left out"));
                continue;
            }

            if (!seen.Add(action.Id))
            {
                problems.Add(Inv($"{action.Id}: duplicate id; the first is kept"));
                continue;
            }

            if (action.Duration < TimeSpan.Zero)
            {
                problems.Add(Inv($"{action.Id}: negative duration {action.Duration}; taken as zero"));
                action = action with { Duration = TimeSpan.Zero };
            }
            else if (action.Duration > LongestAction)
            {
                problems.Add(Inv($"{action.Id}: duration {action.Duration} is longer than {LongestAction.Days} days; taken as {LongestAction.Days} days"));
                action = action with { Duration = LongestAction };
            }

            valid.Add(action);
        }

        valid.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return valid;
    }
}
