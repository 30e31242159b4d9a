using Sightline.Remediation.Scheduling;
using Xunit;
using static Sightline.Remediation.Tests.Scheduling.Plan;

namespace Sightline.Remediation.Tests.Scheduling;

public class KnownAnswerTests
{
    [Fact]
    public void Chain_TakesTheSumOfItsDurations()
    {
        var schedule = Solve(null, Act("c", 3, "b"), Act("a", 5), Act("b", 7, "a"));

        Assert.Equal(ScheduleMethod.CriticalPath, schedule.Method);
        Assert.Equal(["a", "b", "c"], schedule.Actions.Select(a => a.Id));
        Assert.Equal([0d, 5d, 12d], schedule.Actions.Select(a => a.Start.TotalMinutes));
        Assert.Equal(TimeSpan.FromMinutes(15), schedule.CompletedAt);
        Assert.Equal(TimeSpan.FromMinutes(15), schedule.LowerBound);
        Assert.Equal(0, schedule.Gap);
        Assert.Equal(["a", "b", "c"], schedule.CriticalPath);
        Assert.Equal([["a"], ["b"], ["c"]], schedule.Waves);
        Assert.Equal([0, 1, 2], schedule.Actions.Select(a => a.Wave));
        Assert.Equal(TimeSpan.Zero, schedule.ProductionSafeAt);
        Assert.Empty(schedule.Problems);
    }

    [Fact]
    public void Diamond_TakesTheLongerBranch()
    {
        var schedule = Solve(null, Act("a", 2), Act("b", 3, "a"), Act("c", 5, "a"), Deploy("d", 1, "b", "c"));

        Assert.Equal(TimeSpan.FromMinutes(8), schedule.CompletedAt);
        Assert.Equal(TimeSpan.FromMinutes(8), schedule.ProductionSafeAt);
        Assert.Equal(7, schedule.StartMinutes("d"));
        Assert.Equal(2, schedule.StartMinutes("b"));
        Assert.Equal(["a", "c", "d"], schedule.CriticalPath);
        Assert.Equal([["a"], ["b", "c"], ["d"]], schedule.Waves);
    }

    [Fact]
    public void UnlimitedTimes_AreExactToTheSecond()
    {
        var schedule = Scheduler.Solve(new ScheduleRequest(
            [new PlannedAction("a", TimeSpan.FromSeconds(30), []), new PlannedAction("b", TimeSpan.FromSeconds(45), ["a"])]));

        Assert.Equal(TimeSpan.FromSeconds(75), schedule.CompletedAt);
        Assert.Equal(TimeSpan.FromSeconds(30), schedule.Get("b").Start);
    }

    [Fact]
    public void LibraryUsedByTwentyServices_Unlimited_IsLibraryPlusLongestService()
    {
        var schedule = Solve(null, LibraryAndServices());

        Assert.Equal(ScheduleMethod.CriticalPath, schedule.Method);
        Assert.Equal(TimeSpan.FromMinutes(30), schedule.CompletedAt);
        Assert.Equal(["lib", "svc20"], schedule.CriticalPath);
        Assert.Equal(20, schedule.Waves[1].Count);
    }

    [Fact]
    public void LibraryUsedByTwentyServices_FiveSlots_CpSatProvesFiftyTwoMinutes()
    {
        // After the 10-minute library, services of 1..20 minutes (210 in all) fill five slots of exactly 42
        // minutes when paired (1+20, 2+19, ...): 10 + 42 = 52, and no schedule can beat 10 + 210/5.
        var actions = LibraryAndServices();
        var schedule = Solve(5, actions);

        Assert.Equal(ScheduleMethod.CpSatOptimal, schedule.Method);
        Assert.Equal(TimeSpan.FromMinutes(52), schedule.CompletedAt);
        Assert.Equal(TimeSpan.FromMinutes(52), schedule.ProductionSafeAt);
        Assert.Equal(TimeSpan.FromMinutes(52), schedule.LowerBound);
        Assert.Equal(0, schedule.Gap);
        AssertValid(schedule, actions, 5);
    }

    [Fact]
    public void LibraryUsedByTwentyServices_FiveSlots_ListScheduleReportsItsGapAgainstTheSimpleBound()
    {
        // Longest first is optimal here too (52), but its bound is only max(10 + 20, ceil(220 / 5)) = 44.
        var actions = LibraryAndServices();
        var schedule = Scheduler.Solve(new ScheduleRequest(actions, 5) { ExactLimit = 0 });

        Assert.Equal(ScheduleMethod.ListSchedule, schedule.Method);
        Assert.Equal(TimeSpan.FromMinutes(52), schedule.CompletedAt);
        Assert.Equal(TimeSpan.FromMinutes(44), schedule.LowerBound);
        Assert.Equal(8d / 44, schedule.Gap, 12);
        string[] longest = ["svc20", "svc19", "svc18", "svc17", "svc16"];
        Assert.Equal([10d, 10, 10, 10, 10], longest.Select(schedule.StartMinutes));
        Assert.Equal(26, schedule.StartMinutes("svc15"));
        AssertValid(schedule, actions, 5);
    }

    [Fact]
    public void EmptyInput_GivesAnEmptySchedule()
    {
        var schedule = Solve(3);

        Assert.Empty(schedule.Actions);
        Assert.Empty(schedule.Waves);
        Assert.Empty(schedule.CriticalPath);
        Assert.Equal(TimeSpan.Zero, schedule.CompletedAt);
        Assert.Empty(schedule.Problems);
    }

    private static PlannedAction[] LibraryAndServices() =>
        [Act("lib", 10), .. Enumerable.Range(1, 20).Select(i => Deploy($"svc{i:00}", i, "lib"))];
}
