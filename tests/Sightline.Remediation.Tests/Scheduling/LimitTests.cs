using Sightline.Remediation.Scheduling;
using Xunit;
using static Sightline.Remediation.Tests.Scheduling.Plan;

namespace Sightline.Remediation.Tests.Scheduling;

/// <summary>Under a CI limit: production first, then the makespan; rounding; what never waits for a slot.</summary>
public class LimitTests
{
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
}
