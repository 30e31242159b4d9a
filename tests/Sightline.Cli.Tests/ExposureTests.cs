using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>`exposure` on the sample fleet with the sample advisories: the story samples/fleet/README.md tells.</summary>
public class ExposureTests
{
    private static string SampleFleet => Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet");

    private static string SampleAdvisories => Path.Combine(TestPaths.RepositoryRoot, "samples", "advisories");

    internal static async Task<TempFolder> IndexedSampleFleetAsync(bool advisoriesFirst = false)
    {
        var temp = new TempFolder();
        if (advisoriesFirst)
        {
            Assert.Equal(0, (await CliRun.RunAsync(temp.Database, "advisories", "import", SampleAdvisories)).ExitCode);
        }

        var index = await CliRun.RunAsync(temp.Database, "index", SampleFleet);
        Assert.True(index.ExitCode == 0, index.ToString());
        if (!advisoriesFirst)
        {
            Assert.Equal(0, (await CliRun.RunAsync(temp.Database, "advisories", "import", SampleAdvisories)).ExitCode);
        }

        return temp;
    }

    [Theory]
    [InlineData("GHSA-p6mc-m468-83gw", false)]
    [InlineData("CVE-2020-8203", true)]
    public async Task LodashPrototypePollution_ExposesTheLibraryAndTheServiceThroughIt(string id, bool advisoriesFirst)
    {
        using var temp = await IndexedSampleFleetAsync(advisoriesFirst);

        var run = await CliRun.RunAsync(temp.Database, "exposure", id, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var findings = run.Json.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("repository").GetString()!);
        Assert.Equal(["acme-logging-js", "checkout-service"], findings.Keys.Order());
        var checkout = findings["checkout-service"];
        Assert.Equal("4.17.15", checkout.GetProperty("version").GetString());
        Assert.False(checkout.GetProperty("direct").GetBoolean());
        Assert.Equal("high", checkout.GetProperty("severityBand").GetString());
        Assert.Equal(7.4, checkout.GetProperty("severityScore").GetDouble());
        Assert.Equal(["4.17.20"], checkout.GetProperty("fixedVersions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["@acme/logging@1.4.0", "lodash@4.17.15"], checkout.GetProperty("paths")[0].EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("@acme/logging@1.4.0", checkout.GetProperty("directDependency").GetString());
        Assert.True(findings["acme-logging-js"].GetProperty("direct").GetBoolean());
    }

    [Fact]
    public async Task TemplateInjection_AlsoExposesAdminPortalAt4_17_20()
    {
        using var temp = await IndexedSampleFleetAsync();

        var run = await CliRun.RunAsync(temp.Database, "exposure", "GHSA-35jh-r3h4-6jhm", "--format", "json");

        var repositories = run.Json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("repository").GetString()).Distinct().Order();
        Assert.Equal(["acme-logging-js", "admin-portal", "checkout-service", "notifications-worker", "search-api"], repositories);
    }

    [Fact]
    public async Task AdvisoryOutsideEveryRange_ExposesNobody()
    {
        using var temp = await IndexedSampleFleetAsync();

        var run = await CliRun.RunAsync(temp.Database, "exposure", "GHSA-jf85-cpcp-j695");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No indexed repository is affected", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewtonsoftJson_TransitiveThroughAcmeJson_InOrdersApi()
    {
        using var temp = await IndexedSampleFleetAsync();

        var run = await CliRun.RunAsync(temp.Database, "exposure", "CVE-2024-21907", "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| orders-api | src/Orders.Api/Orders.Api.csproj | Newtonsoft.Json | 12.0.1 | transitive |", run.Output, StringComparison.Ordinal);
        Assert.Contains("**Acme.Json@2.1.0**", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAdvisory_IsAClearError()
    {
        using var temp = await IndexedSampleFleetAsync();

        var run = await CliRun.RunAsync(temp.Database, "exposure", "GHSA-0000-0000-0000");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown advisory 'GHSA-0000-0000-0000'", run.Error, StringComparison.Ordinal);
    }
}

public class Log4ShellTests
{
    [Fact]
    public async Task Log4Shell_ExposesEveryJavaServiceOnLog4j2_14_1_AndNot2_17_1()
    {
        using var temp = await ExposureTests.IndexedSampleFleetAsync();
        temp.Write("patched/build.gradle", "dependencies { implementation 'org.apache.logging.log4j:log4j-core:2.17.1' }\n");
        temp.Write("patched/gradle.lockfile", "org.apache.logging.log4j:log4j-core:2.17.1=compileClasspath,runtimeClasspath\n");
        await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "patched"), "--as-repo", "patched-service");

        var run = await CliRun.RunAsync(temp.Database, "exposure", "CVE-2021-44228", "--format", "json");

        var findings = run.Json.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(["acme-commons-java", "acme-http-java", "billing-service", "inventory-service", "ledger-service"], findings.Select(f => f.GetProperty("repository").GetString()).Order());
        var finding = findings.Single(f => f.GetProperty("repository").GetString() == "inventory-service");
        Assert.Equal("org.apache.logging.log4j:log4j-core", finding.GetProperty("package").GetString());
        Assert.Equal("2.14.1", finding.GetProperty("version").GetString());
        Assert.Equal("critical", finding.GetProperty("severityBand").GetString());
        Assert.Equal(10.0, finding.GetProperty("severityScore").GetDouble());
        Assert.Contains("2.15.0", finding.GetProperty("fixedVersions").EnumerateArray().Select(v => v.GetString()));
        Assert.True(finding.GetProperty("direct").GetBoolean());

        // billing-app resolves acme-commons's POM from the fleet: the path names the internal library.
        var billing = findings.Single(f => f.GetProperty("repository").GetString() == "billing-service");
        Assert.Equal("billing-app/pom.xml", billing.GetProperty("manifest").GetString());
        Assert.False(billing.GetProperty("direct").GetBoolean());
        Assert.Equal(["com.acme:acme-commons@1.4.0", "org.apache.logging.log4j:log4j-core@2.14.1"],
            billing.GetProperty("paths")[0].EnumerateArray().Select(p => p.GetString()));

        // shipping-service has no lockfile: its graph stops at acme-commons, exposed through the library.
        var through = Assert.Single(run.Json.GetProperty("throughInternalLibraries").EnumerateArray());
        Assert.Equal("shipping-service", through.GetProperty("repository").GetString());
        Assert.Equal("com.acme:acme-commons (built by acme-commons-java)", through.GetProperty("through").GetString());
    }
}
