using System.Globalization;
using System.Text;

namespace Sightline.Remediation.Scheduling;

/// <summary>
/// A Mermaid gantt chart of a schedule: times as seconds from 0 (<c>dateFormat X</c>), one section per
/// <c>section(id)</c> in order of first start, critical-path tasks marked <c>crit</c>, zero-length tasks as milestones.
/// </summary>
public static class GanttChart
{
    public static string Mermaid(Schedule schedule, string title, Func<string, string>? label = null, Func<string, string>? section = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var critical = new HashSet<string>(schedule.CriticalPath, StringComparer.Ordinal);
        var names = new MermaidIds();
        var text = new StringBuilder();
        text.Append("gantt\n");
        text.Append("    title ").Append(Escape(title)).Append('\n');
        text.Append("    dateFormat X\n");
        text.Append("    axisFormat ").Append(schedule.CompletedAt >= TimeSpan.FromDays(1) ? "%d %H:%M" : "%H:%M").Append('\n');
        text.Append("    todayMarker off\n");

        // Actions are already ordered by start; GroupBy keeps that order inside a group and orders groups by first start.
        var groups = schedule.Actions.GroupBy(a => section is null ? null : section(a.Id) ?? string.Empty);
        foreach (var group in groups)
        {
            if (group.Key is not null)
            {
                var name = Escape(group.Key);
                text.Append("    section ").Append(name.Length == 0 ? "(none)" : name).Append('\n');
            }

            foreach (var action in group)
            {
                var name = Escape(label?.Invoke(action.Id) ?? action.Id);
                var tags = (critical.Contains(action.Id) ? "crit, " : string.Empty) + (action.End == action.Start ? "milestone, " : string.Empty);
                text.Append("    ").Append(name.Length == 0 ? "(unnamed)" : name).Append(" :").Append(tags)
                    .Append(names.For(action.Id)).Append(", ")
                    .Append(Seconds(action.Start, roundUp: false)).Append(", ")
                    .Append(Seconds(action.End, roundUp: true)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Seconds(TimeSpan time, bool roundUp)
    {
        var seconds = time.Ticks / TimeSpan.TicksPerSecond + (roundUp && time.Ticks % TimeSpan.TicksPerSecond != 0 ? 1 : 0);
        return seconds.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Mermaid entity codes for the characters that end a task name or start a comment; line breaks become spaces.</summary>
    internal static string Escape(string? text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text ?? string.Empty)
        {
            escaped.Append(c switch
            {
                '#' => "#35;",
                ':' => "#58;",
                ';' => "#59;",
                '%' => "#37;",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }

        return escaped.ToString().Trim();
    }
}
