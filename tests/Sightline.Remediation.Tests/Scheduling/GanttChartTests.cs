using Sightline.Remediation.Scheduling;
using Xunit;
using static Sightline.Remediation.Tests.Scheduling.Plan;

namespace Sightline.Remediation.Tests.Scheduling;

public class GanttChartTests
{
    [Fact]
    public void Mermaid_WritesSectionsTasksCriticalPathAndMilestones_WithEscapedText()
    {
        var schedule = Solve(
            null,
            Act("lib-a/build", 5),
            Act("docs", 2),
            Deploy("svc#1:deploy", 10, "lib-a/build"),
            Deploy("svc-2/deploy", 0, "lib-a/build"));
        var sections = new Dictionary<string, string>
        {
            ["lib-a/build"] = "lib-a", ["docs"] = "lib-a", ["svc#1:deploy"] = "svc: one", ["svc-2/deploy"] = "svc-2",
        };

        var text = GanttChart.Mermaid(schedule, "Fix CVE-1: plan #1", section: id => sections[id]);

        Assert.Equal(
            [
                "gantt",
                "    title Fix CVE-1#58; plan #35;1",
                "    dateFormat X",
                "    axisFormat %H:%M",
                "    todayMarker off",
                "    section lib-a",
                "    docs :t_docs, 0, 120",
                "    lib-a/build :crit, t_lib_a_build, 0, 300",
                "    section svc#58; one",
                "    svc#35;1#58;deploy :crit, t_svc_1_deploy, 300, 900",
                "    section svc-2",
                "    svc-2/deploy :milestone, t_svc_2_deploy, 300, 300",
                string.Empty,
            ],
            text.Split('\n'));
    }

    [Fact]
    public void Mermaid_UsesLabels_KeepsIdsUnique_AndSwitchesTheAxisToDaysPastADay()
    {
        var schedule = Solve(null, Act("a.b", 60), Act("a-b", 24 * 60, "a.b"));

        var text = GanttChart.Mermaid(schedule, "t", label: id => "bump; " + id + "\nnow");

        Assert.Equal(
            [
                "gantt",
                "    title t",
                "    dateFormat X",
                "    axisFormat %d %H:%M",
                "    todayMarker off",
                "    bump#59; a.b now :crit, t_a_b, 0, 3600",
                "    bump#59; a-b now :crit, t_a_b_2, 3600, 90000",
                string.Empty,
            ],
            text.Split('\n'));
    }

    [Fact]
    public void Mermaid_NamesAnEmptySection()
    {
        var schedule = Solve(null, Act("a", 1));

        var text = GanttChart.Mermaid(schedule, "t", section: _ => " ");

        Assert.Contains("\n    section (none)\n    a :crit, t_a, 0, 60\n", text, StringComparison.Ordinal);
    }
}
