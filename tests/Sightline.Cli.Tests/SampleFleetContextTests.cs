using System.Text.Json;
using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>Owners, services and environments on the sample fleet (deploy-gitops, catalog files, CODEOWNERS), through the CLI.</summary>
public class SampleFleetContextTests : IClassFixture<SampleFleetEcosystemTests.IndexedFleet>
{
    private readonly SampleFleetEcosystemTests.IndexedFleet _fleet;

    public SampleFleetContextTests(SampleFleetEcosystemTests.IndexedFleet fleet) => _fleet = fleet;

    private async Task<List<JsonElement>> FindingsAsync(params string[] args)
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, ["exposure", .. args, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return [.. run.Json.GetProperty("findings").EnumerateArray()];
    }

    private static string Repository(JsonElement finding) => finding.GetProperty("repository").GetString()!;

    private static List<string> Owners(JsonElement finding) =>
        [.. finding.GetProperty("context").GetProperty("owners").EnumerateArray().Select(o => o.GetProperty("name").GetString()!)];

    [Fact]
    public async Task ExposureInProduction_ListsOnlyRepositoriesWithAProductionService()
    {
        var all = await FindingsAsync("CVE-2021-44228");
        var production = await FindingsAsync("CVE-2021-44228", "--env", "production");

        Assert.Contains(all, f => Repository(f) == "shipping-service" || Repository(f) == "acme-commons-java");
        Assert.Equal(["billing-service", "inventory-service", "ledger-service"], production.Select(Repository).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Exposure_PutsReachableInProductionFirst()
    {
        var findings = (await FindingsAsync("GHSA-35jh-r3h4-6jhm")).Where(f => f.GetProperty("scope").GetString() is not ("dev" or "test")).ToList();

        var order = findings.Select(Repository).Distinct().ToList();
        // admin-portal and checkout-service: reachable and in production; acme-logging-js: reachable, deployed nowhere.
        Assert.Equal(["admin-portal", "checkout-service"], order.Take(2).Order(StringComparer.Ordinal));
        Assert.True(order.IndexOf("acme-logging-js") > order.IndexOf("checkout-service"));
        Assert.True(findings[0].GetProperty("context").GetProperty("inProduction").GetBoolean());
    }

    [Fact]
    public async Task FindingOwners_AreTheCallSiteFilesCodeOwnersThenTheCatalogOwner()
    {
        var billing = (await FindingsAsync("CVE-2021-44228")).First(f => Repository(f) == "billing-service");

        // The call is in billing-app/.../InvoiceController.java: the Invoice*.java rule wins over "*".
        Assert.Equal(["@acme/team-billing", "@acme/finance-eng"], Owners(billing));
        var source = billing.GetProperty("context").GetProperty("owners")[0].GetProperty("source").GetString();
        Assert.Equal("CODEOWNERS .github/CODEOWNERS:4 (/billing-app/src/main/java/com/acme/billing/Invoice*.java)", source);
    }

    [Fact]
    public async Task FindingServices_ComeFromKustomizeOverlaysAndOciLabels()
    {
        var inventory = (await FindingsAsync("CVE-2021-44228")).First(f => Repository(f) == "inventory-service");

        var service = inventory.GetProperty("context").GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "inventory-service");
        var environments = service.GetProperty("environments").EnumerateArray().Select(e => (e.GetProperty("name").GetString(), e.GetProperty("production").GetBoolean())).ToList();
        Assert.Equal([("production", true), ("staging", false)], environments);
    }

    [Fact]
    public async Task ExposureByOwner_KeepsOnlyThatTeamsFindings()
    {
        var findings = await FindingsAsync("CVE-2020-8203", "--owner", "@acme/team-payments");

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains(f.GetProperty("context").GetProperty("owners").EnumerateArray(), o => o.GetProperty("team").GetString() == "team-payments"));
        Assert.Contains(findings, f => Repository(f) == "checkout-service");
        Assert.DoesNotContain(findings, f => Repository(f) == "notifications-worker");
    }

    [Fact]
    public async Task Owners_ExplainsTheWinningGitHubRule()
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, "owners", "checkout-service", "src/pricing.js");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("CODEOWNERS: .github/CODEOWNERS (GitHub: the last matching rule wins), 3 rule(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("matched line 4: /src/pricing.js -> @acme/team-payments @acme/finance-eng", run.Output, StringComparison.Ordinal);
        Assert.Contains("checkout-service: production", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Owners_AddsUpGitLabSections()
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, "owners", "notifications-worker", "src/mailer.js", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var owners = run.Json.GetProperty("owners").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToList();
        Assert.Equal(["@acme/team-orders", "@acme/team-comms"], owners);
        var sections = run.Json.GetProperty("matched").EnumerateArray().Select(r => r.GetProperty("section").GetString()).ToList();
        Assert.Equal(["Worker", "Email templates"], sections);
    }

    [Fact]
    public async Task Services_KnowsHelmReleasesVmsFromSightlineYamlAndStagingOnlyServices()
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, "services", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var services = run.Json.GetProperty("services").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => (Repository: s.GetProperty("repository").GetString(),
                Environments: s.GetProperty("environments").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList()));
        Assert.Equal("payments-go", services["payments-go"].Repository);
        Assert.Equal(["production"], services["payments-go"].Environments);
        Assert.Equal("partner-portal-php", services["partner-portal"].Repository);
        Assert.Equal(["production"], services["partner-portal"].Environments);
        Assert.Equal("billing-service", services["billing-app"].Repository);
        Assert.Equal("reports-dotnet", services["reports-nightly"].Repository);
        Assert.Equal(["staging"], services["search-api"].Environments);
        Assert.Empty(run.Json.GetProperty("notes").EnumerateArray());
    }

    [Fact]
    public async Task UnknownRepository_IsAClearError()
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, "owners", "no-such-repo");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown repository 'no-such-repo'", run.Error, StringComparison.Ordinal);
    }
}
