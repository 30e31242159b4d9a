using NJsonSchema;
using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>SARIF from `scan` carries each reachable finding's trace as a code flow.</summary>
public class SarifCodeFlowTests : IClassFixture<SampleFleetEcosystemTests.IndexedFleet>
{
    private readonly SampleFleetEcosystemTests.IndexedFleet _fleet;

    public SarifCodeFlowTests(SampleFleetEcosystemTests.IndexedFleet fleet) => _fleet = fleet;

    [Fact]
    public async Task ReachableFinding_HasTheTraceAsAThreadFlow_AndTheDocumentValidates()
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, "scan", "--format", "sarif");

        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.SharedData, "schemas", "sarif", "sarif-schema-2.1.0.json"));
        Assert.Empty(schema.Validate(run.Output));
        var results = run.Json.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var admin = results.First(r => r.GetProperty("ruleId").GetString() == "GHSA-35jh-r3h4-6jhm"
            && r.GetProperty("properties").GetProperty("repository").GetString() == "admin-portal");
        var frame = admin.GetProperty("codeFlows")[0].GetProperty("threadFlows")[0].GetProperty("locations").EnumerateArray().Last().GetProperty("location");
        var physical = frame.GetProperty("physicalLocation");
        Assert.Equal("packages/api/src/server.js", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(20, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(12, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("packages/api/src/server.js#renderEmail calls lodash.template", frame.GetProperty("message").GetProperty("text").GetString());

        // A trace through an internal library names the library's repository in its frame.
        var checkout = results.First(r => r.GetProperty("ruleId").GetString() == "GHSA-35jh-r3h4-6jhm"
            && r.GetProperty("properties").GetProperty("repository").GetString() == "checkout-service");
        var messages = checkout.GetProperty("codeFlows")[0].GetProperty("threadFlows")[0].GetProperty("locations").EnumerateArray()
            .Select(l => l.GetProperty("location").GetProperty("message").GetProperty("text").GetString()).ToList();
        Assert.Contains(messages, m => m!.StartsWith("[acme-logging-js] ", StringComparison.Ordinal));
        // A finding nothing calls has no code flow.
        var search = results.First(r => r.GetProperty("ruleId").GetString() == "GHSA-35jh-r3h4-6jhm"
            && r.GetProperty("properties").GetProperty("repository").GetString() == "search-api");
        Assert.False(search.TryGetProperty("codeFlows", out _));
    }
}
