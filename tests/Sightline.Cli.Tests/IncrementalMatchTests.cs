using System.Text.Json.Nodes;
using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>Importing advisories re-matches only their packages and reports new and resolved findings.</summary>
public class IncrementalMatchTests
{
    private const string CheckoutLodash = "checkout-service|package.json|Npm|lodash|4.17.15|GHSA-p6mc-m468-83gw";

    [Fact]
    public async Task Import_ReportsNewFindings_AndANewerRecordResolvesThem()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(temp.Database, "index", Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet"));

        var first = await CliRun.RunAsync(temp.Database, "advisories", "import", Path.Combine(TestPaths.RepositoryRoot, "samples", "advisories"), "--format", "json");

        Assert.Contains(CheckoutLodash, first.Json.GetProperty("newFindings").EnumerateArray().Select(e => e.GetString()));

        // The same advisory, modified later, now says only versions below 4.17.11 are affected.
        var original = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "samples", "advisories"), "GHSA-p6mc-m468-83gw.json", SearchOption.AllDirectories).Single();
        var record = JsonNode.Parse(await File.ReadAllTextAsync(original))!.AsObject();
        record["modified"] = "2099-01-01T00:00:00Z";
        foreach (var affected in record["affected"]!.AsArray())
        {
            affected!["ranges"]![0]!["events"]![1]!["fixed"] = "4.17.11";
        }

        var revised = temp.Write("revised/GHSA-p6mc-m468-83gw.json", record.ToJsonString());
        var second = await CliRun.RunAsync(temp.Database, "advisories", "import", revised, "--format", "json");
        var exposure = await CliRun.RunAsync(temp.Database, "exposure", "GHSA-p6mc-m468-83gw", "--format", "json");

        Assert.Equal(1, second.Json.GetProperty("replaced").GetInt32());
        Assert.Contains(CheckoutLodash, second.Json.GetProperty("resolvedFindings").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(second.Json.GetProperty("newFindings").EnumerateArray());
        Assert.Equal(0, exposure.Json.GetProperty("findings").GetArrayLength());
        // Other advisories of the same package are untouched by the partial re-match.
        var template = await CliRun.RunAsync(temp.Database, "exposure", "GHSA-35jh-r3h4-6jhm", "--format", "json");
        Assert.Equal(5, template.Json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("repository").GetString()).Distinct().Count());
    }
}

public class UnparsableVersionTests
{
    [Fact]
    public async Task UnparsableLockfileVersion_IsReportedAsUnknown_NeverAsSafe()
    {
        using var temp = new TempFolder();
        temp.Write("fleet/odd/package.json", """{ "name": "odd", "dependencies": { "lodash": "4.17.x" } }""");
        temp.Write("fleet/odd/package-lock.json", """
            { "name": "odd", "lockfileVersion": 3, "packages": {
                "": { "name": "odd", "dependencies": { "lodash": "4.17.x" } },
                "node_modules/lodash": { "version": "four.seventeen" } } }
            """);
        await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "fleet"));
        await CliRun.RunAsync(temp.Database, "advisories", "import", Path.Combine(TestPaths.RepositoryRoot, "samples", "advisories"));

        var run = await CliRun.RunAsync(temp.Database, "exposure", "GHSA-p6mc-m468-83gw", "--format", "json");

        var finding = run.Json.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal("odd", finding.GetProperty("repository").GetString());
        Assert.Equal("unknown", finding.GetProperty("status").GetString());
        Assert.Contains("four.seventeen", finding.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}
