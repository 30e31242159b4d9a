using System.Globalization;

namespace Sightline.Engine.Remediation;

/// <summary>The plan as a team reads it in a notice: the recommendation, then its own steps with their times.</summary>
public static class PlanSummary
{
    public static string For(RemediationPlan plan, IReadOnlyCollection<string> repositories)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(repositories);
        var strategy = plan.Recommended;
        var schedule = strategy.Schedule;
        var times = schedule.Actions.ToDictionary(a => a.Id);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"Recommended: {strategy.Name} ({strategy.Summary}). Production safe after {Time(schedule.ProductionSafeAt)}, the whole fleet after {Time(schedule.CompletedAt)}."),
        };
        foreach (var target in plan.Targets.Where(t => t.TargetVersion is not null))
        {
            lines.Add($"Target: {target.Package} {target.CurrentVersion} -> {target.TargetVersion}.");
        }

        foreach (var step in strategy.Steps.Where(s => repositories.Contains(s.Repository)).OrderBy(s => times.TryGetValue(s.Id, out var t) ? t.Start : TimeSpan.MaxValue))
        {
            var when = times.TryGetValue(step.Id, out var at) ? $" (from {Time(at.Start)} to {Time(at.End)})" : string.Empty;
            lines.Add($"- {step.Repository}: {step.Description}{when}{(step.FollowUp ? " — follow-up" : string.Empty)}");
        }

        return string.Join('\n', lines);
    }

    /// <summary>"45m", "2h05m": how plans show a time.</summary>
    public static string Time(TimeSpan time) => time.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}h{time.Minutes:00}m")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes}m");
}
