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
    [InlineData("GHSA-5crp-9r3c-p9vr", "orders-api", "reachable")]
    [InlineData("CVE-2021-44228", "inventory-service", "reachable")]
    [InlineData("CVE-2021-44228", "billing-service", "reachable")]
    [InlineData("CVE-2021-44228", "acme-http-java", "reachable")]
    [InlineData("CVE-2021-44228", "ledger-service", "notImported")]
    [InlineData("GHSA-8q59-q68h-6hv4", "ml-scoring", "reachable")]
    [InlineData("GHSA-m5pq-gvj9-9vr8", "edge-proxy-rs", "unknown")]
    [InlineData("GHSA-35jh-r3h4-6jhm", "admin-portal", "reachable")]
    [InlineData("GHSA-35jh-r3h4-6jhm", "acme-logging-js", "reachable")]
    [InlineData("GHSA-35jh-r3h4-6jhm", "notifications-worker", "called")]
    [InlineData("GHSA-35jh-r3h4-6jhm", "search-api", "imported")]
    [InlineData("GHSA-35jh-r3h4-6jhm", "checkout-service", "reachable")]
    [InlineData("CVE-2020-8203", "acme-logging-js", "reachable")]
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
    public async Task ReachableJavaScript_EndsAtTheTemplateCallWithItsSourceLine()
    {
        var verdicts = await VerdictsAsync("GHSA-35jh-r3h4-6jhm");

        var frame = verdicts["admin-portal"].GetProperty("trace").EnumerateArray().Last();
        Assert.Equal(("packages/api/src/server.js", 20, 12), (frame.GetProperty("file").GetString(), frame.GetProperty("line").GetInt32(), frame.GetProperty("column").GetInt32()));
        Assert.Equal("lodash.template", frame.GetProperty("callee").GetString());
        Assert.Equal("return _.template(templateText || DEFAULT_EMAIL)(refund);", frame.GetProperty("source").GetString());
        var called = Assert.Single(verdicts["notifications-worker"].GetProperty("callSites").EnumerateArray());
        Assert.Equal(("src/mailer.js", 9), (called.GetProperty("file").GetString(), called.GetProperty("line").GetInt32()));
        Assert.Equal("src/server.js", Assert.Single(verdicts["search-api"].GetProperty("imports").EnumerateArray()).GetProperty("file").GetString());
    }

    [Fact]
    public async Task ShowTraces_PrintsEveryFrame()
    {
        var brief = await CliRun.RunAsync(_fleet.Temp.Database, "exposure", "CVE-2020-8203");
        var full = await CliRun.RunAsync(_fleet.Temp.Database, "exposure", "CVE-2020-8203", "--show", "traces");

        Assert.Contains("more frame(s); --show traces lists them", brief.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("more frame(s)", full.Output, StringComparison.Ordinal);
        Assert.Contains("src/index.js:23:7 normalizeFields calls lodash.set", full.Output, StringComparison.Ordinal);
        Assert.Contains("#1:", full.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceOnAnInternalLibrary_IsTracedIntoTheLibraryRepository()
    {
        var verdicts = await VerdictsAsync("GHSA-35jh-r3h4-6jhm");

        var frames = verdicts["checkout-service"].GetProperty("trace").EnumerateArray().ToList();
        Assert.Equal("@acme/logging.createLogger", frames[0].GetProperty("callee").GetString());
        Assert.False(frames[0].TryGetProperty("repository", out var local) && local.ValueKind == System.Text.Json.JsonValueKind.String);
        var last = frames[^1];
        Assert.Equal(("acme-logging-js", "src/index.js", 34, "lodash.template"),
            (last.GetProperty("repository").GetString(), last.GetProperty("file").GetString(), last.GetProperty("line").GetInt32(), last.GetProperty("callee").GetString()));
    }

    [Fact]
    public async Task Log4Shell_BillingReachesLog4jThroughTwoLibraries_LedgerDoesNot()
    {
        var verdicts = await VerdictsAsync("CVE-2021-44228");

        var frames = verdicts["billing-service"].GetProperty("trace").EnumerateArray()
            .Select(f => (f.TryGetProperty("repository", out var r) ? r.GetString() : null, f.GetProperty("file").GetString(), f.GetProperty("line").GetInt32(), f.GetProperty("callee").GetString()))
            .ToList();
        Assert.Equal(
            [
                (null, "billing-app/src/main/java/com/acme/billing/InvoiceController.java", 16, "com.acme.http.AuditedClient.send"),
                ("acme-http-java", "src/main/java/com/acme/http/AuditedClient.java", 8, "com.acme.commons.AuditLog.record"),
                ("acme-commons-java", "src/main/java/com/acme/commons/AuditLog.java", 14, "org.apache.logging.log4j.Logger.info"),
            ],
            frames);
        var reason = verdicts["ledger-service"].GetProperty("reason").GetString();
        Assert.Contains("reaches it through com.acme.", reason, StringComparison.Ordinal);
        Assert.Contains("nothing here calls com.acme.", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoService_IsTracedIntoTheInternalGoModule()
    {
        var pattern = _fleet.Temp.Write("go-pattern.json", """
            {"id": "TEST-GO-1", "modified": "2025-01-01T00:00:00Z", "affected": [{"package": {"ecosystem": "Go", "name": "golang.org/x/net"},
             "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "0.17.0"}]}],
             "ecosystem_specific": {"imports": [{"path": "golang.org/x/net/http2", "symbols": ["ConfigureServer"]}]}}]}
            """);

        var verdicts = await VerdictsAsync("--pattern", pattern);

        var frames = verdicts["payments-go"].GetProperty("trace").EnumerateArray().ToList();
        Assert.Equal("github.com/acme/go-kit/httpx.Serve", frames[0].GetProperty("callee").GetString());
        Assert.Equal(("acme-go-kit", "golang.org/x/net/http2.ConfigureServer"), (frames[^1].GetProperty("repository").GetString(), frames[^1].GetProperty("callee").GetString()));
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
