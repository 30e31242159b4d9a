using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>The README's first command, on the bundled sample fleet: the story samples/fleet/README.md tells.</summary>
public class SampleFleetTests
{
    private static string SampleFleet => Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet");

    [Fact]
    public async Task SampleFleet_IndexesEveryRepositoryWithManifestsOrDeployments_WithoutProblems()
    {
        using var temp = new TempFolder();

        var index = await CliRun.RunAsync(temp.Database, "index", SampleFleet, "--format", "json");

        Assert.True(index.ExitCode == 0, index.ToString());
        var names = index.Json.GetProperty("repositories").EnumerateArray().Select(r => r.GetProperty("name").GetString()).Order();
        Assert.Equal(
            [
                "acme-commons-java", "acme-go-kit", "acme-http-java", "acme-json-dotnet", "acme-logging-js", "acme-platform-parent", "admin-portal", "billing-service",
                "checkout-service", "deploy-gitops", "edge-proxy-rs", "inventory-service", "ledger-service", "ml-scoring", "notifications-worker", "orders-api", "partner-portal-php", "payments-go",
                "reports-dotnet", "search-api", "shipping-service", "storefront-rails", "web-frontend",
            ],
            names);
        Assert.All(index.Json.GetProperty("repositories").EnumerateArray(), r => Assert.Empty(r.GetProperty("problems").EnumerateArray()));
    }

    [Fact]
    public async Task SampleFleet_WhoUsesLodash_FindsTheTransitiveUseThroughTheInternalLibrary()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(temp.Database, "index", SampleFleet);

        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "lodash", "--format", "json");

        var uses = who.Json.GetProperty("uses").EnumerateArray().ToDictionary(u => u.GetProperty("repository").GetString()!);
        Assert.Equal(["acme-logging-js", "admin-portal", "checkout-service", "notifications-worker", "search-api", "web-frontend"], uses.Keys.Order());
        var checkout = uses["checkout-service"];
        Assert.Equal("4.17.15", checkout.GetProperty("version").GetString());
        Assert.False(checkout.GetProperty("direct").GetBoolean());
        Assert.Equal(["@acme/logging@1.4.0", "lodash@4.17.15"], checkout.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("4.17.20", uses["admin-portal"].GetProperty("version").GetString());
        Assert.True(uses["web-frontend"].GetProperty("direct").GetBoolean());
        Assert.Equal("4.17.21", uses["web-frontend"].GetProperty("version").GetString());
    }

    [Fact]
    public async Task SampleFleet_NewtonsoftJson_ArrivesInOrdersApiThroughAcmeJson()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(temp.Database, "index", SampleFleet);

        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "pkg:nuget/newtonsoft.json@12.0.1", "--format", "json");

        var orders = who.Json.GetProperty("uses").EnumerateArray().Single(u => u.GetProperty("repository").GetString() == "orders-api");
        Assert.Equal("src/Orders.Api/Orders.Api.csproj", orders.GetProperty("manifest").GetString());
        Assert.Equal(["Acme.Json@2.1.0", "Newtonsoft.Json@12.0.1"], orders.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task SampleFleet_MinimistIsADevDependencyOfCheckout()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(temp.Database, "index", SampleFleet);

        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "minimist", "--format", "json");

        var checkout = who.Json.GetProperty("uses").EnumerateArray().Where(u => u.GetProperty("repository").GetString() == "checkout-service").ToList();
        Assert.NotEmpty(checkout);
        Assert.Contains(checkout, u => u.GetProperty("version").GetString() == "1.2.5" && u.GetProperty("scope").GetString() == "dev");
    }
}
