namespace Sightline.Remediation.Scheduling;

/// <summary>
/// One action of a plan: bump a dependency, build and publish a library, deploy a service.
/// <paramref name="After"/> = ids that must finish first; <paramref name="UsesCi"/> = counts against the
/// parallel limit; <paramref name="ProductionSafe"/> = finishing it makes (part of) production safe.
/// </summary>
public sealed record PlannedAction(string Id, TimeSpan Duration, IReadOnlyList<string> After, bool UsesCi = true, bool ProductionSafe = false);

/// <summary>The actions to schedule and, optionally, how many CI actions may run at once.</summary>
public sealed record ScheduleRequest(IReadOnlyList<PlannedAction> Actions, int? ParallelLimit = null)
{
    /// <summary>CP-SAT is used up to this many CI actions; above it, the critical-path list schedule.</summary>
    public int ExactLimit { get; init; } = 120;

    /// <summary>CP-SAT's budget, split between its two phases (see docs/scheduling.md).</summary>
    public TimeSpan SolverTimeLimit { get; init; } = TimeSpan.FromSeconds(5);
}

/// <summary>When one action runs, and its topological wave (0 = no predecessors).</summary>
public sealed record ScheduledAction(string Id, TimeSpan Start, TimeSpan End, int Wave);

/// <summary>How a schedule was computed.</summary>
public enum ScheduleMethod
{
    /// <summary>Earliest starts by a topological pass: optimal because no limit binds.</summary>
    CriticalPath,

    /// <summary>CP-SAT proved both objectives optimal.</summary>
    CpSatOptimal,

    /// <summary>CP-SAT stopped at its time limit with a feasible schedule.</summary>
    CpSatFeasible,

    /// <summary>Critical-path list schedule (above <see cref="ScheduleRequest.ExactLimit"/>).</summary>
    ListSchedule,
}

/// <summary>
/// A schedule. <see cref="CriticalPath"/> is a chain ending at <see cref="CompletedAt"/> (the makespan);
/// <see cref="LowerBound"/> bounds the makespan of any schedule that makes production safe no later than this one.
/// </summary>
public sealed record Schedule(
    IReadOnlyList<ScheduledAction> Actions,
    TimeSpan ProductionSafeAt,
    TimeSpan CompletedAt,
    IReadOnlyList<string> CriticalPath,
    IReadOnlyList<IReadOnlyList<string>> Waves,
    ScheduleMethod Method,
    TimeSpan LowerBound,
    double Gap,
    IReadOnlyList<string> Problems)
{
    /// <summary>The schedule of nothing.</summary>
    public static Schedule Empty { get; } = new([], TimeSpan.Zero, TimeSpan.Zero, [], [], ScheduleMethod.CriticalPath, TimeSpan.Zero, 0, []);
}
