using Sightline.Remediation.Scheduling;
using Xunit;

namespace Sightline.Remediation.Tests.Scheduling;

public class BruteForceTests
{
    [Fact]
    public void CpSat_MatchesBruteForce_OnBothObjectives_OnSmallRandomPlans()
    {
        var random = new Random(8_2026);
        var solvedByCpSat = 0;
        for (var round = 0; round < 60; round++)
        {
            var actions = BruteForce.RandomPlan(random, random.Next(2, 8));
            var limit = random.Next(1, 4);
            var (production, completed) = BruteForce.Optimum(actions, limit);

            var schedule = Scheduler.Solve(new ScheduleRequest(actions, limit));

            var context = $"round {round}, limit {limit}, method {schedule.Method}";
            Assert.True(TimeSpan.FromMinutes(production) == schedule.ProductionSafeAt, context);
            Assert.True(TimeSpan.FromMinutes(completed) == schedule.CompletedAt, context);
            Assert.Contains(schedule.Method, new[] { ScheduleMethod.CpSatOptimal, ScheduleMethod.CriticalPath });
            Assert.Equal(0, schedule.Gap);
            Plan.AssertValid(schedule, actions, limit);
            solvedByCpSat += schedule.Method == ScheduleMethod.CpSatOptimal ? 1 : 0;
        }

        Assert.True(solvedByCpSat >= 30, $"only {solvedByCpSat} rounds needed CP-SAT");
    }

    [Fact]
    public void ListSchedule_IsValid_NeverBeatsTheOptimum_AndItsBoundAndGapAreExact()
    {
        var random = new Random(4_711);
        var listed = 0;
        for (var round = 0; round < 60; round++)
        {
            var actions = BruteForce.RandomPlan(random, random.Next(2, 8));
            var limit = random.Next(1, 4);
            var optimum = BruteForce.Optimum(actions, limit);

            var schedule = Scheduler.Solve(new ScheduleRequest(actions, limit) { ExactLimit = 0 });

            Plan.AssertValid(schedule, actions, limit);
            Assert.True(((int)schedule.ProductionSafeAt.TotalMinutes, (int)schedule.CompletedAt.TotalMinutes).CompareTo(optimum) >= 0);
            if (schedule.Method == ScheduleMethod.ListSchedule)
            {
                listed++;
                var bound = SimpleBound(actions, limit);
                Assert.True(bound <= optimum.CompletedAt);
                Assert.Equal(TimeSpan.FromMinutes(bound), schedule.LowerBound);
                Assert.Equal((schedule.CompletedAt.TotalMinutes - bound) / bound, schedule.Gap, 12);
            }
        }

        Assert.True(listed >= 20, $"only {listed} rounds needed the list schedule");
    }

    [Fact]
    public void ListSchedule_AboveExactLimit_OnLargerPlans_ReportsItsBoundAndGap()
    {
        var random = new Random(99);
        for (var round = 0; round < 10; round++)
        {
            var actions = RandomLayeredPlan(random, 80);
            var limit = random.Next(2, 6);

            var schedule = Scheduler.Solve(new ScheduleRequest(actions, limit) { ExactLimit = 10 });

            Assert.Equal(ScheduleMethod.ListSchedule, schedule.Method);
            Plan.AssertValid(schedule, actions, limit);
            var bound = SimpleBound(actions, limit);
            Assert.Equal(TimeSpan.FromMinutes(bound), schedule.LowerBound);
            Assert.True(schedule.CompletedAt >= schedule.LowerBound);
            Assert.Equal((schedule.CompletedAt.TotalMinutes - bound) / bound, schedule.Gap, 12);
        }
    }

    [Fact]
    public void SameInput_GivesTheSameSchedule_EvenWhenCpSatStopsAtItsLimit()
    {
        // This plan takes CP-SAT seconds to prove; a 0.3 s (deterministic) budget stops it with a feasible schedule.
        var actions = RandomLayeredPlan(new Random(5), 40);
        var limit = TimeSpan.FromSeconds(0.3);

        var first = Scheduler.Solve(new ScheduleRequest(actions, 3) { SolverTimeLimit = limit });
        var second = Scheduler.Solve(new ScheduleRequest([.. actions.Reverse()], 3) { SolverTimeLimit = limit });

        Assert.Equal(ScheduleMethod.CpSatFeasible, first.Method);
        Assert.Equal(first.Actions, second.Actions);
        Assert.Equal(first.CriticalPath, second.CriticalPath);
        Assert.Equal(first.LowerBound, second.LowerBound);
        Assert.True(first.LowerBound >= TimeSpan.FromMinutes(SimpleBound(actions, 3)));
        Assert.True(first.LowerBound < first.CompletedAt);
        Assert.Equal((first.CompletedAt - first.LowerBound) / first.LowerBound, first.Gap, 12);
        Plan.AssertValid(first, actions, 3);
    }

    [Fact]
    public void SameInput_GivesTheSameListSchedule()
    {
        var actions = RandomLayeredPlan(new Random(6), 200);

        var first = Scheduler.Solve(new ScheduleRequest(actions, 3));
        var second = Scheduler.Solve(new ScheduleRequest([.. actions.Reverse()], 3));

        Assert.Equal(ScheduleMethod.ListSchedule, first.Method);
        Assert.Equal(first.Actions, second.Actions);
        Assert.Equal(first.CriticalPath, second.CriticalPath);
    }

    /// <summary>max(longest path, ceil(CI minutes / limit)), computed here from scratch.</summary>
    private static int SimpleBound(IReadOnlyList<PlannedAction> actions, int limit)
    {
        var byId = actions.ToDictionary(a => a.Id);
        var finish = new Dictionary<string, int>();
        int Finish(string id) => finish.TryGetValue(id, out var f)
            ? f
            : finish[id] = (int)byId[id].Duration.TotalMinutes + byId[id].After.Select(Finish).DefaultIfEmpty(0).Max();
        var longest = actions.Max(a => Finish(a.Id));
        var work = actions.Where(a => a.UsesCi).Sum(a => (int)a.Duration.TotalMinutes);
        return Math.Max(longest, (work + limit - 1) / limit);
    }

    private static PlannedAction[] RandomLayeredPlan(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new PlannedAction(
            $"act{i:000}",
            TimeSpan.FromMinutes(random.Next(1, 30)),
            [.. Enumerable.Range(Math.Max(0, i - 15), Math.Min(i, 15)).Where(_ => random.NextDouble() < 0.1).Select(p => $"act{p:000}")],
            UsesCi: random.NextDouble() < 0.9,
            ProductionSafe: random.NextDouble() < 0.3))];
}
