using Sightline.Remediation.Scheduling;
using Xunit;
using static Sightline.Remediation.Tests.Scheduling.Plan;

namespace Sightline.Remediation.Tests.Scheduling;

public class ProblemTests
{
    [Fact]
    public void Cycle_IsReportedAndLeftOut_TheRestIsScheduled()
    {
        var schedule = Solve(null, Act("b", 1, "a"), Act("a", 1, "b"), Act("c", 2), Act("d", 1, "a"), Act("e", 1, "c"));

        Assert.Equal(["c", "e"], schedule.Actions.Select(a => a.Id));
        Assert.Equal(TimeSpan.FromMinutes(3), schedule.CompletedAt);
        Assert.Equal(["cycle: a -> b -> a", "after a cycle, left out: d"], schedule.Problems);
    }

    [Fact]
    public void EveryCycle_IsNamedOnce_ByItsShortestLoopThroughItsSmallestId()
    {
        var schedule = Solve(
            null,
            Act("self", 1, "self"),
            Act("x", 1, "z"), Act("y", 1, "x"), Act("z", 1, "y", "w"), Act("w", 1, "z"),
            Act("ok", 1));

        Assert.Equal(["ok"], schedule.Actions.Select(a => a.Id));
        Assert.Equal(["cycle: self -> self", "cycle: w -> z -> w"], schedule.Problems);
    }

    [Fact]
    public void UnknownAfterIds_AreProblemsAndIgnored()
    {
        var schedule = Solve(null, Act("a", 2, "ghost"), Act("b", 1, "a"));

        Assert.Equal(TimeSpan.FromMinutes(3), schedule.CompletedAt);
        Assert.Equal(["a: unknown After id 'ghost' ignored"], schedule.Problems);
    }

    [Fact]
    public void DuplicateIdsNegativeDurationsAndMissingIds_AreProblemsNotCrashes()
    {
        var schedule = Scheduler.Solve(new ScheduleRequest(
            [
                Act("a", 2),
                Act("a", 9),
                new PlannedAction("neg", TimeSpan.FromMinutes(-5), ["a"]),
                new PlannedAction(" ", TimeSpan.FromMinutes(1), []),
                null!,
                new PlannedAction("no-after", TimeSpan.FromMinutes(1), null!),
            ],
            0));

        Assert.Equal(TimeSpan.FromMinutes(2), schedule.CompletedAt);
        Assert.Equal(TimeSpan.Zero, schedule.Get("neg").End - schedule.Get("neg").Start);
        Assert.Equal(
            [
                "a: duplicate id; the first is kept",
                "neg: negative duration -00:05:00; taken as zero",
                "action #3: no id; left out",
                "action #4: no id; left out",
                "parallel limit 0 is not positive; scheduled without a limit",
            ],
            schedule.Problems);
    }

    [Fact]
    public void ActionLongerThanThirtyDays_IsCappedAndReported()
    {
        var schedule = Scheduler.Solve(new ScheduleRequest([new PlannedAction("forever", TimeSpan.MaxValue, [])], 1));

        Assert.Equal(TimeSpan.FromDays(30), schedule.CompletedAt);
        Assert.Equal(["forever: duration 10675199.02:48:05.4775807 is longer than 30 days; taken as 30 days"], schedule.Problems);
    }

    [Fact]
    public void NullRequest_IsAProblem()
    {
        var schedule = Scheduler.Solve(null!);

        Assert.Empty(schedule.Actions);
        Assert.Equal(["no request"], schedule.Problems);
    }

    [Fact]
    public void LongChain_DoesNotOverflowTheStack_WhenItEndsInACycle()
    {
        var actions = Enumerable.Range(0, 100_000).Select(i => Act($"n{i:000000}", 1, i == 0 ? "n099999" : $"n{i - 1:000000}")).ToArray();
        var schedule = Solve(null, actions);

        Assert.Empty(schedule.Actions);
        Assert.Single(schedule.Problems);
        Assert.StartsWith("cycle: n000000 -> n000001 -> ", schedule.Problems[0], StringComparison.Ordinal);
        Assert.Contains(" -> n000019 -> ... 99961 more ... -> n099981 -> ", schedule.Problems[0], StringComparison.Ordinal);
        Assert.EndsWith(" -> n099999 -> n000000", schedule.Problems[0], StringComparison.Ordinal);
    }
}
