using System.Text.Json;
using Sightline.Reports.Tests.CycloneDx;
using Sightline.Reports.Tests.Vex;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>`sightline vex` on the sample fleet: statements from the verdicts, with the evidence, valid against the schemas.</summary>
public class VexTests : IClassFixture<SampleFleetEcosystemTests.IndexedFleet>
{
    private readonly SampleFleetEcosystemTests.IndexedFleet _fleet;

    public VexTests(SampleFleetEcosystemTests.IndexedFleet fleet) => _fleet = fleet;

    private async Task<string> VexAsync(params string[] args)
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, ["vex", .. args, "--reproducible"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Output;
    }

    private static JsonElement Statement(string json, string advisory) =>
        JsonDocument.Parse(json).RootElement.GetProperty("statements").EnumerateArray().Single(s => s.GetProperty("vulnerability").GetProperty("name").GetString() == advisory);

    [Theory]
    [InlineData("admin-portal", "GHSA-35jh-r3h4-6jhm", "affected", null)]
    [InlineData("notifications-worker", "GHSA-35jh-r3h4-6jhm", "affected", null)]
    [InlineData("search-api", "GHSA-35jh-r3h4-6jhm", "not_affected", "vulnerable_code_not_in_execute_path")]
    [InlineData("ledger-service", "GHSA-jfh8-c2jp-5v3q", "not_affected", "vulnerable_code_not_in_execute_path")]
    [InlineData("admin-portal", "GHSA-jf85-cpcp-j695", "not_affected", "vulnerable_code_not_present")]
    [InlineData("edge-proxy-rs", "GHSA-m5pq-gvj9-9vr8", "under_investigation", null)]
    public async Task Statements_FollowTheVerdicts(string repository, string advisory, string status, string? justification)
    {
        var json = await VexAsync(repository);

        Assert.Empty(await OpenVexSchema.ValidateAsync(json));
        var statement = Statement(json, advisory);
        Assert.Equal(status, statement.GetProperty("status").GetString());
        Assert.Equal(justification, statement.TryGetProperty("justification", out var j) ? j.GetString() : null);
    }

    [Fact]
    public async Task Affected_CarriesTheTraceAndTheFix_NotAffected_SaysWhy()
    {
        var admin = Statement(await VexAsync("admin-portal"), "GHSA-35jh-r3h4-6jhm");
        Assert.Contains("packages/api/src/server.js:20:12", admin.GetProperty("status_notes").GetString(), StringComparison.Ordinal);
        var action = admin.GetProperty("action_statement").GetString()!;
        Assert.StartsWith("Recommended: ", action, StringComparison.Ordinal);
        Assert.Contains("- admin-portal: bump lodash 4.17.20 -> 4.17.21 in package.json (from 0m to 30m)", action, StringComparison.Ordinal);
        Assert.DoesNotContain("checkout-service:", action, StringComparison.Ordinal);

        var search = Statement(await VexAsync("search-api"), "GHSA-35jh-r3h4-6jhm");
        Assert.StartsWith("the package is imported but none of the vulnerable functions is called (vulnerable: ", search.GetProperty("impact_statement").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CycloneDxVex_ForAService_ValidatesAgainstTheSchema()
    {
        var json = await VexAsync("billing-app", "--format", "cyclonedx");

        Assert.Empty(await CycloneDxSchema.ValidateAsync(json));
        var log4shell = JsonDocument.Parse(json).RootElement.GetProperty("vulnerabilities").EnumerateArray().Single(v => v.GetProperty("id").GetString() == "GHSA-jfh8-c2jp-5v3q");
        Assert.Equal("exploitable", log4shell.GetProperty("analysis").GetProperty("state").GetString());
        Assert.Contains("AuditLog.java:14:13", log4shell.GetProperty("analysis").GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
