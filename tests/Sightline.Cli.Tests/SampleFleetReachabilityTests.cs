using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>The sample fleet's verdicts (samples/fleet/README.md, "Reachability"), end to end through the CLI.</summary>
public class SampleFleetReachabilityTests : IClassFixture<SampleFleetEcosystemTests.IndexedFleet>
{
    private readonly SampleFleetEcosystemTests.IndexedFleet _fleet;

    public SampleFleetReachabilityTests(SampleFleetEcosystemTests.IndexedFleet fleet) => _fleet = fleet;

    private async Task<Dictionary<string, System.Text.Json.JsonElement>> VerdictsAsync(params string[] args)
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, ["exposure", .. args, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Json.GetProperty("findings").EnumerateArray()
            .GroupBy(f => f.GetProperty("repository").GetString()!)
            .ToDictionary(g => g.Key, g => g.First().GetProperty("reachability"));
    }

    [Theory]
    [InlineData("GHSA-5crp-9r3c-p9vr", "acme-json-dotnet", "reachable")]
    [InlineData("GHSA-5crp-9r3c-p9vr", "reports-dotnet", "imported")]
    [InlineData("GHSA-5crp-9r3c-p9vr", "orders-api", "notImported")]
    [InlineData("CVE-2021-44228", "inventory-service", "unknown")]
    public async Task Exposure_GivesEachRepositoryItsVerdict(string advisory, string repository, string verdict)
    {
        var verdicts = await VerdictsAsync(advisory);

        Assert.Equal(verdict, verdicts[repository].GetProperty("verdict").GetString(), ignoreCase: true);
    }

    [Fact]
    public async Task ReachableCSharp_CarriesATraceFromThePublicApiToTheCall()
    {
        var verdicts = await VerdictsAsync("GHSA-5crp-9r3c-p9vr");

        var frame = verdicts["acme-json-dotnet"].GetProperty("trace").EnumerateArray().Last();
        Assert.Equal("src/Acme.Json/AcmeJson.cs", frame.GetProperty("file").GetString());
        Assert.StartsWith("Newtonsoft.Json.", frame.GetProperty("callee").GetString(), StringComparison.Ordinal);
        Assert.Contains("JsonConvert.", frame.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("csharp", verdicts["acme-json-dotnet"].GetProperty("analyser").GetString());
    }

    [Fact]
    public async Task PatternFile_IsAnsweredWithoutImporting()
    {
        var pattern = Path.Combine(TestPaths.RepositoryRoot, "samples", "patterns", "ACME-2025-0002.json");

        var verdicts = await VerdictsAsync("--pattern", pattern);
        var after = await CliRun.RunAsync(_fleet.Temp.Database, "advisories", "show", "ACME-2025-0002");

        Assert.Contains("acme-json-dotnet", verdicts.Keys);
        Assert.Equal(2, after.ExitCode);
    }

    [Fact]
    public async Task Usage_RanksTheFunctionsCalledAcrossTheFleet()
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, "usage", "Newtonsoft.Json", "--format", "json");

        var functions = run.Json.GetProperty("functions").EnumerateArray().ToList();
        var deserialize = functions.Single(f => f.GetProperty("symbol").GetString() == "Newtonsoft.Json.JsonConvert.DeserializeObject");
        Assert.Equal(["acme-json-dotnet"], deserialize.GetProperty("repositories").EnumerateArray().Select(r => r.GetString()));
        Assert.True(deserialize.GetProperty("callSites").GetInt32() >= 1);
    }
}
