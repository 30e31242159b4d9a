using System.Globalization;
using Google.OrTools.Sat;

namespace Sightline.Remediation.Scheduling;

/// <summary>What CP-SAT found: starts, whether both phases were proven optimal, and its bound on the makespan.</summary>
internal sealed record CpSatOutcome(long[] Starts, bool Optimal, long MakespanBound);

/// <summary>
/// Exact schedule under a CI limit with CP-SAT, lexicographic in two phases: minimise the production-safe
/// time, then fix it and minimise the makespan. Time in whole minutes. The budget is deterministic time (CP-SAT's
/// reproducible measure of work, roughly seconds): half for the first phase, what it left (at least a tenth)
/// for the second. A wall-clock guard of <see cref="WallClockFactor"/> times the budget only fires on a slow machine.
/// </summary>
internal static class CpSatScheduler
{
    public const int WallClockFactor = 4;

    public static CpSatOutcome? Solve(Dag dag, long[] duration, int limit, long[] hint, TimeSpan timeLimit, List<string> problems)
    {
        var budget = Math.Max(0.01, timeLimit.TotalSeconds);
        var starts = hint;
        var optimal = true;
        var solved = false;
        var used = 0.0;
        long? productionCap = null;
        if (dag.Production.Any(p => p))
        {
            // Without a solution in time, phase two still starts from the list schedule's production time.
            (var first, used) = Run(dag, duration, limit, starts, productionCap: null, minimiseProduction: true, budget / 2);
            optimal = first?.Optimal ?? false;
            solved = first is not null;
            starts = first?.Starts ?? starts;
            productionCap = ProductionEnd(dag, duration, starts);
        }

        var (second, _) = Run(dag, duration, limit, starts, productionCap, minimiseProduction: false, Math.Max(budget - used, budget / 10));
        if (second is null && !solved)
        {
            problems.Add("CP-SAT found no schedule within its time limit; the list schedule is used");
            return null;
        }

        return second is null ? new CpSatOutcome(starts, false, 0) : second with { Optimal = optimal && second.Optimal };
    }

    private static (CpSatOutcome? Outcome, double Used) Run(Dag dag, long[] duration, int limit, long[] hint, long? productionCap, bool minimiseProduction, double budget)
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
        model.Add(objective >= EnergyBound(dag, duration, limit, minimiseProduction));
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
        var solver = new CpSolver { StringParameters = Parameters(budget) };
        var status = solver.Solve(model);
        var used = solver.Response?.DeterministicTime ?? budget;
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return (null, used);
        }

        var values = starts.Select(s => solver.Value(s)).ToArray();
        var bound = (long)Math.Ceiling(solver.BestObjectiveBound - 1e-6);
        return (new CpSatOutcome(values, status == CpSolverStatus.Optimal, minimiseProduction ? 0 : bound), used);
    }

    /// <summary>
    /// For the production phase only production-safe actions and what precedes them count (a production tail
    /// of -1 marks the rest); for the makespan, everything.
    /// </summary>
    private static long EnergyBound(Dag dag, long[] duration, int limit, bool production)
    {
        var tails = production ? dag.ProductionTails(duration) : dag.Tails(duration);
        var within = tails.Select(t => t >= 0).ToArray();
        var after = tails.Select((t, i) => Math.Max(0, t - duration[i])).ToArray();
        return EarliestStart.EnergyBound(dag, duration, limit, within, after);
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
    /// One worker and a fixed seed make the search reproducible, and a deterministic limit keeps it so when it
    /// stops early. Core-based optimisation (raising the lower bound until a schedule meets it) proves
    /// release-shaped plans optimal far sooner than the default search.
    /// </summary>
    private static string Parameters(double budget) => string.Create(
        CultureInfo.InvariantCulture,
        $"max_deterministic_time:{budget} max_time_in_seconds:{WallClockFactor * budget} num_workers:1 random_seed:20260401 optimize_with_core:true");
}
