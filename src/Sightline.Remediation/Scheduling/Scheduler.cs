namespace Sightline.Remediation.Scheduling;

/// <summary>
/// Schedules remediation actions: production safe soonest, then the whole fleet done soonest. Unlimited (or a
/// limit that never binds): exact earliest starts. Under a binding limit, in whole minutes: CP-SAT up to
/// <see cref="ScheduleRequest.ExactLimit"/> CI actions, a critical-path list schedule beyond.
/// </summary>
public static class Scheduler
{
    public static Schedule Solve(ScheduleRequest request)
    {
        if (request is null)
        {
            return Schedule.Empty with { Problems = ["no request"] };
        }

        var problems = new List<string>();
        var dag = DagBuilder.Build(request.Actions, problems);
        var limit = request.ParallelLimit;
        if (limit is <= 0)
        {
            problems.Add($"parallel limit {limit} is not positive; scheduled without a limit");
            limit = null;
        }

        if (dag.Count == 0)
        {
            return Schedule.Empty with { Problems = problems };
        }

        var earliest = EarliestStart.Starts(dag, dag.Ticks);
        if (limit is not { } slots || EarliestStart.PeakCi(dag, earliest, dag.Ticks) <= slots)
        {
            // Nothing ever waits for a slot: earliest starts are optimal and exact to the tick.
            var makespan = Enumerable.Range(0, dag.Count).Max(i => earliest[i] + dag.Ticks[i]);
            return ScheduleBuilder.Build(dag, earliest, dag.Ticks, ScheduleMethod.CriticalPath, makespan, limited: false, problems);
        }

        return Limited(dag, slots, request, problems);
    }

    private static Schedule Limited(Dag dag, int limit, ScheduleRequest request, List<string> problems)
    {
        var minutes = dag.Ticks.Select(t => (t + TimeSpan.TicksPerMinute - 1) / TimeSpan.TicksPerMinute).ToArray();
        var bound = EarliestStart.LowerBound(dag, minutes, limit);
        var starts = ListScheduler.Starts(dag, minutes, limit);
        var method = ScheduleMethod.ListSchedule;
        if (dag.UsesCi.Count(c => c) <= request.ExactLimit
            && CpSatScheduler.Solve(dag, minutes, limit, starts, request.SolverTimeLimit, problems) is { } exact)
        {
            var shifted = LeftShift.Apply(dag, minutes, limit, exact.Starts);

            // A search stopped early may not have kept the hint: never return worse than the list schedule.
            starts = exact.Optimal || Objectives(dag, minutes, shifted).CompareTo(Objectives(dag, minutes, starts)) <= 0 ? shifted : starts;
            method = exact.Optimal ? ScheduleMethod.CpSatOptimal : ScheduleMethod.CpSatFeasible;
            // Proven optimal: the bound is the makespan itself (ScheduleBuilder caps the bound at the makespan).
            bound = exact.Optimal ? long.MaxValue : Math.Max(bound, exact.MakespanBound);
        }

        var ticks = minutes.Select(m => m * TimeSpan.TicksPerMinute).ToArray();
        var tickStarts = starts.Select(m => m * TimeSpan.TicksPerMinute).ToArray();
        var tickBound = bound == long.MaxValue ? long.MaxValue : bound * TimeSpan.TicksPerMinute;
        return ScheduleBuilder.Build(dag, tickStarts, ticks, method, tickBound, limited: true, problems);
    }

    private static (long ProductionSafe, long Completed) Objectives(Dag dag, long[] duration, long[] starts)
    {
        long production = 0, completed = 0;
        for (var i = 0; i < dag.Count; i++)
        {
            var end = starts[i] + duration[i];
            completed = Math.Max(completed, end);
            production = dag.Production[i] ? Math.Max(production, end) : production;
        }

        return (production, completed);
    }
}
