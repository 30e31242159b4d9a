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
    public void Override_MakesProductionSafeBeforeAThreeReleaseChain()
    {
        PlannedAction[] chain =
        [
            Act("lib1-release", 15), Act("lib2-release", 15, "lib1-release"), Act("lib3-release", 15, "lib2-release"),
            Act("svc-bump", 5, "lib3-release"), Deploy("svc-deploy", 10, "svc-bump"),
        ];
        PlannedAction[] overridden = [Act("svc-override", 5), Deploy("svc-deploy", 10, "svc-override")];

        var viaChain = Solve(2, chain);
        var viaOverride = Solve(2, overridden);

        Assert.Equal(TimeSpan.FromMinutes(60), viaChain.ProductionSafeAt);
        Assert.Equal(TimeSpan.FromMinutes(15), viaOverride.ProductionSafeAt);
    }

    [Fact]
    public void OneSlot_ProductionDeployGoesFirst_EvenWhenTheIdOrderSaysOtherwise()
    {
        var schedule = Solve(1, Act("a-docs", 2), Deploy("z-prod", 2));

        Assert.Equal(0, schedule.StartMinutes("z-prod"));
        Assert.Equal(2, schedule.StartMinutes("a-docs"));
        Assert.Equal(TimeSpan.FromMinutes(2), schedule.ProductionSafeAt);
        Assert.Equal(ScheduleMethod.CpSatOptimal, schedule.Method);
    }

    [Theory]
    [InlineData(120)]
    [InlineData(0)]
    public void OneSlot_ProductionFirst_WinsOverAShorterMakespan(int exactLimit)
    {
        // Building "x" first would finish everything at 11 (its 10-minute soak runs beside "prod"), but makes
        // production safe at 2; "prod" first makes it safe at 1 and finishes at 12. Production comes first.
        PlannedAction[] actions = [Act("x", 1), new("x-soak", TimeSpan.FromMinutes(10), ["x"], UsesCi: false), Deploy("prod", 1)];
        var schedule = Scheduler.Solve(new ScheduleRequest(actions, 1) { ExactLimit = exactLimit });

        Assert.Equal(TimeSpan.FromMinutes(1), schedule.ProductionSafeAt);
        Assert.Equal(TimeSpan.FromMinutes(12), schedule.CompletedAt);
        Assert.Equal(exactLimit == 0 ? ScheduleMethod.ListSchedule : ScheduleMethod.CpSatOptimal, schedule.Method);
        Assert.Equal(["prod", "x", "x-soak"], schedule.CriticalPath);
    }

    [Fact]
    public void OneSlot_SecondObjective_FinishesTheFleetSoonestOnceProductionIsSafe()
    {
        // Production is safe at 3 at best; then "x" before "y" lets the soak overlap "y": done at 14, not 16.
        PlannedAction[] actions = [Deploy("prod", 3), Act("y", 2), Act("x", 1), new("x-soak", TimeSpan.FromMinutes(10), ["x"], UsesCi: false)];
        var schedule = Solve(1, actions);

        Assert.Equal(TimeSpan.FromMinutes(3), schedule.ProductionSafeAt);
        Assert.Equal(TimeSpan.FromMinutes(14), schedule.CompletedAt);
        Assert.Equal(3, schedule.StartMinutes("x"));
        Assert.Equal(ScheduleMethod.CpSatOptimal, schedule.Method);
    }

    [Fact]
    public void LimitThatNeverBinds_KeepsExactEarliestStarts()
    {
        var schedule = Scheduler.Solve(new ScheduleRequest(
            [new PlannedAction("a", TimeSpan.FromSeconds(30), []), new PlannedAction("b", TimeSpan.FromSeconds(30), ["a"])], 1));

        Assert.Equal(ScheduleMethod.CriticalPath, schedule.Method);
        Assert.Equal(TimeSpan.FromSeconds(60), schedule.CompletedAt);
    }

    [Fact]
    public void BindingLimit_RoundsDurationsUpToWholeMinutes()
    {
        var schedule = Scheduler.Solve(new ScheduleRequest(
            [new PlannedAction("a", TimeSpan.FromSeconds(30), []), new PlannedAction("b", TimeSpan.FromSeconds(90), [])], 1));

        Assert.Equal(ScheduleMethod.CpSatOptimal, schedule.Method);
        Assert.Equal(TimeSpan.FromMinutes(3), schedule.CompletedAt);
        Assert.Equal(TimeSpan.FromMinutes(1), schedule.Get("a").End - schedule.Get("a").Start);
        Assert.Equal(TimeSpan.FromMinutes(2), schedule.Get("b").End - schedule.Get("b").Start);
    }

    [Fact]
    public void ZeroDurationActionsAndActionsOutsideCi_NeverWaitForASlot()
    {
        PlannedAction[] actions = [Act("a", 4), Act("b", 4), Act("gate", 0), new("wait", TimeSpan.FromMinutes(3), [], UsesCi: false), Act("after-gate", 1, "gate")];
        var schedule = Solve(1, actions);

        Assert.Equal(0, schedule.StartMinutes("gate"));
        Assert.Equal(0, schedule.StartMinutes("wait"));
        Assert.Equal(TimeSpan.FromMinutes(9), schedule.CompletedAt);
        AssertValid(schedule, actions, 1);
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
