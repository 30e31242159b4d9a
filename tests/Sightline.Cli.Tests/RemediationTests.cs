using System.Text.Json;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>`sightline plan` on the sample fleet: release waves through the internal libraries, the override shortcut, exact times.</summary>
public class RemediationTests : IClassFixture<SampleFleetEcosystemTests.IndexedFleet>
{
    private readonly SampleFleetEcosystemTests.IndexedFleet _fleet;

    public RemediationTests(SampleFleetEcosystemTests.IndexedFleet fleet) => _fleet = fleet;

    private async Task<JsonElement> PlanAsync(params string[] args)
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, ["plan", .. args, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Json;
    }

    private static Dictionary<string, JsonElement> Steps(JsonElement strategy) =>
        strategy.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);

    private static TimeSpan Time(JsonElement schedule, string property) => TimeSpan.Parse(schedule.GetProperty(property).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Log4Shell_ReleasesThroughBothInternalLibraries_InOrder()
    {
        var plan = await PlanAsync("CVE-2021-44228");

        var releases = plan.GetProperty("releases");
        var steps = Steps(releases);
        var commons = steps["release:acme-commons-java:pom.xml:com.acme:acme-commons"];
        Assert.Equal("1.4.1", commons.GetProperty("to").GetString());
        Assert.Equal(["bump:acme-commons-java:pom.xml:org.apache.logging.log4j:log4j-core"], commons.GetProperty("after").EnumerateArray().Select(a => a.GetString()));
        var http = steps["release:acme-http-java:pom.xml:com.acme:acme-http"];
        Assert.Equal(["bump:acme-http-java:pom.xml:com.acme:acme-commons"], http.GetProperty("after").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["release:acme-http-java:pom.xml:com.acme:acme-http"], steps["bump:ledger-service:pom.xml:com.acme:acme-http"].GetProperty("after").EnumerateArray().Select(a => a.GetString()));
        // shipping-service's graph stops at acme-commons: it bumps the library too.
        Assert.Equal("1.4.1", steps["bump:shipping-service:build.gradle.kts:com.acme:acme-commons"].GetProperty("to").GetString());
        Assert.True(steps["deploy:ledger-service:ledger-service"].GetProperty("productionSafe").GetBoolean());
    }

    [Fact]
    public async Task Log4Shell_ProductionSafeTimes_AreExact()
    {
        // sightline.yaml: release 25m, billing deploys in 45m, 4 CI jobs; bump 30m and deploy 15m by default.
        var plan = await PlanAsync("CVE-2021-44228");

        // bump commons 30 + release 25 + bump http 30 + release 25 + bump ledger 30 + deploy 15.
        var releases = plan.GetProperty("releases").GetProperty("schedule");
        Assert.Equal(TimeSpan.FromMinutes(155), Time(releases, "productionSafeAt"));
        Assert.Equal(
            ["bump:acme-commons-java:pom.xml:org.apache.logging.log4j:log4j-core", "release:acme-commons-java:pom.xml:com.acme:acme-commons", "bump:acme-http-java:pom.xml:com.acme:acme-commons",
             "release:acme-http-java:pom.xml:com.acme:acme-http", "bump:ledger-service:pom.xml:com.acme:acme-http", "deploy:ledger-service:ledger-service"],
            releases.GetProperty("criticalPath").EnumerateArray().Select(a => a.GetString()));
        // The override beats the three-release chain: billing's pin 30 + its deploy 45.
        var overrides = plan.GetProperty("overrides").GetProperty("schedule");
        Assert.Equal(TimeSpan.FromMinutes(75), Time(overrides, "productionSafeAt"));
        Assert.Equal("overrides", plan.GetProperty("recommended").GetProperty("name").GetString());
    }

    [Fact]
    public async Task CiLimitOfOne_SerialisesTheWork_AndStaysOptimal()
    {
        var plan = await PlanAsync("GHSA-35jh-r3h4-6jhm", "--ci-limit", "1");

        var schedule = plan.GetProperty("releases").GetProperty("schedule");
        var actions = schedule.GetProperty("actions").EnumerateArray().ToList();
        var total = actions.Sum(a => (Time(a, "end") - Time(a, "start")).TotalMinutes);
        Assert.Equal(total, Time(schedule, "completedAt").TotalMinutes);
        Assert.Equal("cpSatOptimal", schedule.GetProperty("method").GetString());
    }

    [Fact]
    public async Task Durations_FromTheCommandLine_OverrideTheConfiguration()
    {
        var plan = await PlanAsync("CVE-2021-44228", "--duration", "release=1h", "--duration", "ledger-service:deploy=5m");

        // 30 + 60 + 30 + 60 + 30 + 5
        Assert.Equal(TimeSpan.FromMinutes(215), Time(plan.GetProperty("releases").GetProperty("schedule"), "productionSafeAt"));
    }

    [Fact]
    public async Task Mermaid_IsAGanttChartOfTheRecommendedStrategy()
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, "plan", "GHSA-35jh-r3h4-6jhm", "--mermaid");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("gantt", run.Output.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("section checkout-service", run.Output, StringComparison.Ordinal);
    }
}
