using Sightline.Remediation.Scheduling;

namespace Sightline.Remediation.Tests.Scheduling;

/// <summary>Short-hand for building actions in minutes and reading a schedule back.</summary>
internal static class Plan
{
    public static PlannedAction Act(string id, int minutes, params string[] after) => new(id, TimeSpan.FromMinutes(minutes), after);

    public static PlannedAction Deploy(string id, int minutes, params string[] after) => new(id, TimeSpan.FromMinutes(minutes), after, ProductionSafe: true);

    public static Schedule Solve(int? limit, params PlannedAction[] actions) => Scheduler.Solve(new ScheduleRequest(actions, limit));

    public static ScheduledAction Get(this Schedule schedule, string id) => schedule.Actions.Single(a => a.Id == id);

    public static double StartMinutes(this Schedule schedule, string id) => schedule.Get(id).Start.TotalMinutes;

    /// <summary>Checks the schedule independently: durations, precedences and the CI limit.</summary>
    public static void AssertValid(Schedule schedule, IReadOnlyList<PlannedAction> actions, int? limit)
    {
        var byId = schedule.Actions.ToDictionary(a => a.Id);
        foreach (var action in actions.Where(a => byId.ContainsKey(a.Id)))
        {
            var placed = byId[action.Id];
            Xunit.Assert.True(placed.End - placed.Start >= action.Duration, $"{action.Id} shorter than its duration");
            Xunit.Assert.True(placed.End - placed.Start < action.Duration + TimeSpan.FromMinutes(1), $"{action.Id} rounded by a minute or more");
            foreach (var before in action.After)
            {
                Xunit.Assert.True(byId[before].End <= placed.Start, $"{action.Id} starts before {before} ends");
            }
        }

        if (limit is { } slots)
        {
            var ci = actions.Where(a => a.UsesCi && byId.ContainsKey(a.Id)).Select(a => byId[a.Id]).Where(a => a.End > a.Start).ToList();
            foreach (var moment in ci.Select(a => a.Start))
            {
                var running = ci.Count(a => a.Start <= moment && moment < a.End);
                Xunit.Assert.True(running <= slots, $"{running} CI actions run at {moment}, limit {slots}");
            }
        }
    }
}
