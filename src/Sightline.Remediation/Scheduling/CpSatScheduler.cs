using System.Globalization;
using Google.OrTools.Sat;

namespace Sightline.Remediation.Scheduling;

/// <summary>What CP-SAT found: starts, whether both phases were proven optimal, and its bound on the makespan.</summary>
internal sealed record CpSatOutcome(long[] Starts, bool Optimal, long MakespanBound);

/// <summary>
/// Exact schedule under a CI limit with CP-SAT, lexicographic in two phases: minimise the production-safe
/// time, then fix it and minimise the makespan. Time in whole minutes. One worker and a fixed seed, stopped by
/// deterministic time, so the same input gives the same answer.
/// </summary>
internal static class CpSatScheduler
{
    public static CpSatOutcome? Solve(Dag dag, long[] duration, int limit, long[] hint, TimeSpan timeLimit, List<string> problems)
    {
        var hasProduction = dag.Production.Any(p => p);
        var phaseLimit = hasProduction ? timeLimit / 2 : timeLimit;
        var optimal = true;
        long? productionCap = null;
        if (hasProduction)
        {
            var first = Run(dag, duration, limit, hint, productionCap: null, minimiseProduction: true, phaseLimit, problems);
            if (first is null)
            {
                return null;
            }

            optimal = first.Optimal;
            hint = first.Starts;
            productionCap = ProductionEnd(dag, duration, first.Starts);
        }

        var second = Run(dag, duration, limit, hint, productionCap, minimiseProduction: false, phaseLimit, problems);
        return second is null ? null : second with { Optimal = optimal && second.Optimal };
    }

    private static CpSatOutcome? Run(Dag dag, long[] duration, int limit, long[] hint, long? productionCap, bool minimiseProduction, TimeSpan timeLimit, List<string> problems)
    {
        var model = new CpModel();
        var horizon = duration.Sum();
        var starts = new IntVar[dag.Count];
        var ends = new LinearExpr[dag.Count];
        var slots = model.AddCumulative(limit);
        for (var i = 0; i < dag.Count; i++)
        {
            starts[i] = model.NewIntVar(0, horizon - duration[i], string.Empty);
            ends[i] = starts[i] + duration[i];
            model.AddHint(starts[i], hint[i]);
            if (dag.UsesCi[i] && duration[i] > 0)
            {
                slots.AddDemand(model.NewFixedSizeIntervalVar(starts[i], duration[i], string.Empty), 1);
            }
        }

        for (var i = 0; i < dag.Count; i++)
        {
            foreach (var p in dag.Preds[i])
            {
                model.Add(starts[i] >= ends[p]);
            }
        }

        var production = Enumerable.Range(0, dag.Count).Where(i => dag.Production[i]).Select(i => ends[i]).ToList();
        var objective = model.NewIntVar(0, horizon, string.Empty);
        model.Add(objective >= EarliestStart.EnergyBound(dag, duration, limit, minimiseProduction ? ProductionAncestry(dag) : [.. dag.Ids.Select(_ => true)]));
        if (minimiseProduction)
        {
            model.AddMaxEquality(objective, production);
        }
        else
        {
            model.AddMaxEquality(objective, ends);
            if (productionCap is { } cap)
            {
                var productionEnd = model.NewIntVar(0, horizon, string.Empty);
                model.AddMaxEquality(productionEnd, production);
                model.Add(productionEnd <= cap);
            }
        }

        model.Minimize(objective);
        var solver = new CpSolver { StringParameters = Parameters(timeLimit) };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            problems.Add($"CP-SAT found no schedule ({status}); the list schedule is used");
            return null;
        }

        var values = starts.Select(s => solver.Value(s)).ToArray();
        var bound = (long)Math.Ceiling(solver.BestObjectiveBound - 1e-6);
        return new CpSatOutcome(values, status == CpSolverStatus.Optimal, minimiseProduction ? 0 : bound);
    }

    /// <summary>Production-safe actions and everything before them: all must be done when production is safe.</summary>
    private static bool[] ProductionAncestry(Dag dag)
    {
        var needed = new bool[dag.Count];
        for (var k = dag.Topo.Length - 1; k >= 0; k--)
        {
            var i = dag.Topo[k];
            needed[i] |= dag.Production[i];
            foreach (var p in dag.Preds[i])
            {
                needed[p] |= needed[i];
            }
        }

        return needed;
    }

    private static long ProductionEnd(Dag dag, long[] duration, long[] starts)
    {
        var end = 0L;
        for (var i = 0; i < dag.Count; i++)
        {
            end = dag.Production[i] ? Math.Max(end, starts[i] + duration[i]) : end;
        }

        return end;
    }

    /// <summary>
    /// Deterministic time is CP-SAT's reproducible work measure (roughly seconds); the wall-clock limit, twice
    /// as long, only guards a slow machine.
    /// </summary>
    private static string Parameters(TimeSpan timeLimit)
    {
        var seconds = Math.Max(0.01, timeLimit.TotalSeconds);
        return string.Create(CultureInfo.InvariantCulture, $"max_deterministic_time:{seconds} max_time_in_seconds:{2 * seconds} num_workers:1 random_seed:20260401");
    }
}
