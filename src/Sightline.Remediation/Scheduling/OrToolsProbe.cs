namespace Sightline.Remediation.Scheduling;

internal static class OrToolsProbe
{
    public static bool Solves()
    {
        var model = new Google.OrTools.Sat.CpModel();
        var x = model.NewIntVar(0, 10, "x");
        model.Maximize(x);
        return new Google.OrTools.Sat.CpSolver().Solve(model) == Google.OrTools.Sat.CpSolverStatus.Optimal;
    }
}
