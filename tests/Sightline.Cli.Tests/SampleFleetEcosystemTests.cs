using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>
/// One advisory per ecosystem of the sample fleet (samples/fleet/README.md tells the story): the exposure
/// names the repository, the package at its locked version, direct or not, the scope and the path.
/// </summary>
public class SampleFleetEcosystemTests : IClassFixture<SampleFleetEcosystemTests.IndexedFleet>
{
    private readonly IndexedFleet _fleet;

    public SampleFleetEcosystemTests(IndexedFleet fleet) => _fleet = fleet;

    [Theory]
    [InlineData("GHSA-4374-p667-p6c8", "payments-go", "go.mod", "golang.org/x/net", "v0.15.0", false, "runtime")]
    [InlineData("GHSA-4374-p667-p6c8", "acme-go-kit", "go.mod", "golang.org/x/net", "v0.15.0", true, "runtime")]
    [InlineData("GHSA-h5c8-rqwp-cp95", "ml-scoring", "pyproject.toml", "jinja2", "3.1.2", false, "runtime")]
    [InlineData("GHSA-8q59-q68h-6hv4", "ml-scoring", "pyproject.toml", "pyyaml", "5.3.1", true, "runtime")]
    [InlineData("GHSA-m5pq-gvj9-9vr8", "edge-proxy-rs", "Cargo.toml", "regex", "1.5.4", true, "runtime")]
    [InlineData("GHSA-3hhc-qp5v-9p2j", "storefront-rails", "Gemfile", "activerecord", "6.1.4", true, "runtime")]
    [InlineData("GHSA-54rr-7fvw-6x8f", "storefront-rails", "Gemfile", "rack", "2.2.6", true, "runtime")]
    [InlineData("GHSA-q7rv-6hp3-vh96", "partner-portal-php", "composer.json", "guzzlehttp/psr7", "2.1.0", false, "runtime")]
    [InlineData("GHSA-jjjh-jjxp-wpff", "billing-service", "billing-app/pom.xml", "com.fasterxml.jackson.core:jackson-databind", "2.13.2", false, "runtime")]
    [InlineData("GHSA-599f-7c49-w659", "billing-service", "billing-app/pom.xml", "org.apache.commons:commons-text", "1.9", true, "runtime")]
    [InlineData("GHSA-mjmj-j48q-9wg2", "billing-service", "billing-app/pom.xml", "org.yaml:snakeyaml", "1.33", false, "runtime")]
    public async Task Exposure_FindsTheLockedPackage(string advisory, string repository, string manifest, string package, string version, bool direct, string scope)
    {
        var run = await CliRun.RunAsync(_fleet.Temp.Database, "exposure", advisory, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var finding = Assert.Single(run.Json.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("repository").GetString() == repository && f.GetProperty("manifest").GetString() == manifest);
        Assert.Equal(package, finding.GetProperty("package").GetString(), ignoreCase: true);
        Assert.Equal(version, finding.GetProperty("version").GetString());
        Assert.Equal(direct, finding.GetProperty("direct").GetBoolean());
        Assert.Equal(scope, finding.GetProperty("scope").GetString());
        Assert.Equal("affected", finding.GetProperty("status").GetString());
    }

    [Fact]
    public async Task DevAndTestPackages_KeepTheirScopes()
    {
        var mockery = await CliRun.RunAsync(_fleet.Temp.Database, "deps", "who-uses", "mockery/mockery", "--format", "json");
        var pytest = await CliRun.RunAsync(_fleet.Temp.Database, "deps", "who-uses", "pytest", "--format", "json");
        var rspec = await CliRun.RunAsync(_fleet.Temp.Database, "deps", "who-uses", "rspec-core", "--format", "json");

        Assert.Equal("dev", Assert.Single(mockery.Json.GetProperty("uses").EnumerateArray()).GetProperty("scope").GetString());
        Assert.Equal("test", Assert.Single(pytest.Json.GetProperty("uses").EnumerateArray()).GetProperty("scope").GetString());
        Assert.Equal("test", Assert.Single(rspec.Json.GetProperty("uses").EnumerateArray()).GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Why_GoesFromTheGradleServiceIntoTheLibraryThatBringsLog4j()
    {
        var why = await CliRun.RunAsync(_fleet.Temp.Database, "deps", "why", "shipping-service", "org.apache.logging.log4j:log4j-core");

        Assert.Equal(0, why.ExitCode);
        Assert.Contains("[shipping-service:build.gradle.kts] com.acme:acme-commons@1.4.0 => [acme-commons-java:pom.xml] org.apache.logging.log4j:log4j-core@2.14.1",
            why.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoUses_InternalMavenLibrary_NamesItsRepository()
    {
        var who = await CliRun.RunAsync(_fleet.Temp.Database, "deps", "who-uses", "com.acme:acme-commons", "--format", "json");

        Assert.Equal("acme-commons-java", Assert.Single(who.Json.GetProperty("producedBy").EnumerateArray()).GetProperty("repository").GetString());
        Assert.Equal(["acme-http-java", "billing-service", "ledger-service", "shipping-service"], who.Json.GetProperty("uses").EnumerateArray().Select(u => u.GetProperty("repository").GetString()).Distinct().Order());
    }

    [Fact]
    public async Task WhoUses_MavenArtifactAlone_SuggestsTheFullName()
    {
        var who = await CliRun.RunAsync(_fleet.Temp.Database, "deps", "who-uses", "log4j-core");

        Assert.Contains("indexed matches: org.apache.logging.log4j:log4j-core", who.Output, StringComparison.Ordinal);
    }

    public sealed class IndexedFleet : IAsyncLifetime
    {
        internal TempFolder Temp { get; } = new();

        public async Task InitializeAsync()
        {
            var root = TestPaths.RepositoryRoot;
            var index = await CliRun.RunAsync(Temp.Database, "index", Path.Combine(root, "samples", "fleet"));
            Assert.True(index.ExitCode == 0, index.ToString());
            Assert.Equal(0, (await CliRun.RunAsync(Temp.Database, "advisories", "import", Path.Combine(root, "samples", "advisories"))).ExitCode);
        }

        public Task DisposeAsync()
        {
            Temp.Dispose();
            return Task.CompletedTask;
        }
    }
}
