using Sightline.Core.Versioning;

namespace Sightline.Remediation.Patching.Cargo.Common;

/// <summary>
/// Raises a version requirement so that it admits no version below a target, changing as little as
/// possible: the version inside a clause is replaced (operator and spacing kept), a "&gt;" becomes "&gt;=",
/// and where replacing would narrow the upper bound ("~&gt; 2.2" → "~&gt; 2.2.6") a lower bound is added
/// instead ("~&gt; 2.2", "&gt;= 2.2.6"). An upper bound that excludes the target is refused, never widened.
/// </summary>
internal static class RangePlan
{
    public static RangeOutcome Plan(IReadOnlyList<Clause> clauses, string target, IVersionScheme scheme, RangeStyle style)
    {
        if (!VersionParts.TryParse(scheme, target, out var wanted))
        {
            return new RangeOutcome([], $"target '{target}' is not a valid version");
        }

        var edits = new List<SpanEdit>();
        var addLowerBound = !clauses.Any(c => c.IsLowerBound);
        var hasAtLeast = clauses.Any(c => c.Kind is ClauseKind.AtLeast or ClauseKind.Greater);
        foreach (var clause in clauses)
        {
            var problem = Excludes(clause, target, wanted, scheme);
            if (problem is not null)
            {
                return new RangeOutcome([], problem);
            }

            switch (clause.Kind)
            {
                case ClauseKind.Any:
                    edits.Add(new SpanEdit(clause.Start, clause.End, style.LowerBound(target)));
                    break;
                case ClauseKind.Wildcard:
                    if (!VersionParts.MatchesPrefix(target, clause.Version))
                    {
                        edits.Add(new SpanEdit(clause.VersionStart, clause.VersionEnd, target));
                    }
                    else if (!hasAtLeast && !FloorReaches(clause, wanted, scheme))
                    {
                        addLowerBound = true;
                    }

                    break;
                case ClauseKind.Below or ClauseKind.AtMost or ClauseKind.NotEqual:
                    break;
                default:
                    if (!VersionParts.TryParse(scheme, clause.Version, out var declared))
                    {
                        return new RangeOutcome([], $"'{clause.Version}' is not a version this patcher can compare");
                    }

                    if (declared.CompareTo(wanted) >= 0)
                    {
                        break;
                    }

                    if (clause.Kind == ClauseKind.Greater)
                    {
                        edits.Add(new SpanEdit(clause.Start, clause.End, style.LowerBound(target)));
                    }
                    else if (Narrows(clause, target) && !hasAtLeast)
                    {
                        addLowerBound = true;
                    }
                    else if (!Narrows(clause, target))
                    {
                        edits.Add(new SpanEdit(clause.VersionStart, clause.VersionEnd, target));
                    }

                    break;
            }
        }

        if (addLowerBound)
        {
            var separator = clauses.Count == 0 ? style.EmptySeparator : style.Separator;
            edits.Add(new SpanEdit(style.AppendAt, style.AppendAt, separator + style.LowerBound(target)));
        }

        return new RangeOutcome(edits, null);
    }

    // A pessimistic or tilde clause keeps its upper bound only when the target fixes no more components than it does.
    private static bool Narrows(Clause clause, string target)
    {
        var fixedNow = Fixed(clause.Kind, VersionParts.Numbers(clause.Version).Count);
        var fixedThen = Fixed(clause.Kind, VersionParts.Numbers(target).Count);
        return fixedThen > fixedNow && VersionParts.SharesFirst(clause.Version, target, fixedNow);
    }

    private static int Fixed(ClauseKind kind, int components) => kind switch
    {
        ClauseKind.Pessimistic => Math.Max(components - 1, 1),
        ClauseKind.Tilde => Math.Min(components, 2),
        _ => 0,
    };

    // A wildcard admits its whole prefix; it is satisfied only when the prefix itself is not below the target.
    private static bool FloorReaches(Clause clause, IVersion wanted, IVersionScheme scheme) =>
        VersionParts.TryParse(scheme, VersionParts.WildcardFloor(clause.Version), out var floor) && floor.CompareTo(wanted) >= 0;

    private static string? Excludes(Clause clause, string target, IVersion wanted, IVersionScheme scheme)
    {
        var text = clause.Version;
        var excluded = clause.Kind switch
        {
            ClauseKind.Below => VersionParts.TryParse(scheme, text, out var below) && below.CompareTo(wanted) <= 0,
            ClauseKind.AtMost => VersionParts.TryParse(scheme, text, out var most) && most.CompareTo(wanted) < 0,
            ClauseKind.NotEqual => text.EndsWith('*')
                ? VersionParts.MatchesPrefix(target, text)
                : VersionParts.TryParse(scheme, text, out var not) && not.CompareTo(wanted) == 0,
            _ => false,
        };
        return excluded ? $"its upper bound or exclusion ({text}) rules out {target}; widening it is a manual change" : null;
    }
}
