using NJsonSchema;
using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>`scan` as a CI gate on the sample fleet with the sample advisories.</summary>
public class ScanTests
{
    [Fact]
    public async Task FailOnHigh_TripsTheGate()
    {
        using var temp = await ExposureTests.IndexedSampleFleetAsync();

        var run = await CliRun.RunAsync(temp.Database, "scan", "--fail-on", "high");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("GHSA-p6mc-m468-83gw", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailOnCritical_IgnoreDev_DropsTheDevOnlyMinimist_ButLog4ShellStillTrips()
    {
        using var temp = await ExposureTests.IndexedSampleFleetAsync();

        var withDev = await CliRun.RunAsync(temp.Database, "scan", "--fail-on", "critical", "--format", "json");
        var withoutDev = await CliRun.RunAsync(temp.Database, "scan", "--fail-on", "critical", "--ignore-dev", "--format", "json");

        Assert.Equal(1, withDev.ExitCode);
        var critical = withDev.Json.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severityBand").GetString() == "critical").ToList();
        Assert.Contains(critical, f => f.GetProperty("package").GetString() == "minimist" && f.GetProperty("scope").GetString() == "dev");
        Assert.Equal(1, withoutDev.ExitCode);
        var remaining = withoutDev.Json.GetProperty("findings").EnumerateArray().ToList();
        Assert.DoesNotContain(remaining, f => f.GetProperty("scope").GetString() == "dev");
        Assert.Contains(remaining, f => f.GetProperty("advisoryId").GetString() == "GHSA-jfh8-c2jp-5v3q" && f.GetProperty("severityBand").GetString() == "critical");
    }

    [Fact]
    public async Task FailOnCvss_UsesTheScore()
    {
        using var temp = await ExposureTests.IndexedSampleFleetAsync();

        // The highest runtime score in the sample fleet is Log4Shell's 10.0.
        var strict = await CliRun.RunAsync(temp.Database, "scan", "--fail-on-cvss", "10.0", "--ignore-dev");
        var lenient = await CliRun.RunAsync(temp.Database, "scan", "--fail-on-cvss", "10.0", "--ignore-dev", "--ignore-file", temp.Write("log4j.yaml",
            "ignore:\n  - id: CVE-2021-44228\n    reason: patched with the JndiLookup class removed\n    expires: 2999-01-01\n"));

        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(0, lenient.ExitCode);
    }

    [Fact]
    public async Task IgnoreFile_HidesUntilItExpires()
    {
        using var temp = await ExposureTests.IndexedSampleFleetAsync();
        var current = temp.Write("current.yaml", """
            ignore:
              - id: CVE-2021-44906
                package: minimist
                reason: build-time only, never shipped
                expires: 2999-01-01
            """);
        var expired = temp.Write("expired.yaml", """
            ignore:
              - id: GHSA-xvch-5gv4-984h
                reason: accepted last quarter
                expires: 2020-01-01
            """);

        var checkout = Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", "checkout-service");
        var hidden = await CliRun.RunAsync(temp.Database, "scan", checkout, "--fail-on", "critical", "--ignore-file", current);
        var shown = await CliRun.RunAsync(temp.Database, "scan", checkout, "--fail-on", "critical", "--ignore-file", expired);

        Assert.True(hidden.ExitCode == 0, hidden.ToString());
        Assert.Contains("ignored", hidden.Output, StringComparison.Ordinal);
        Assert.Equal(1, shown.ExitCode);
        Assert.Contains("expired on 2020-01-01", shown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IgnoreEntryWithoutReason_IsBadInput()
    {
        using var temp = await ExposureTests.IndexedSampleFleetAsync();
        var file = temp.Write("bad.yaml", "ignore:\n  - id: GHSA-xvch-5gv4-984h\n");

        var run = await CliRun.RunAsync(temp.Database, "scan", "--ignore-file", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.yaml:2:", run.Error, StringComparison.Ordinal);
        Assert.Contains("'reason'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_IsValidAgainstTheSchema_WithFingerprintsAndManifestLines()
    {
        using var temp = await ExposureTests.IndexedSampleFleetAsync();

        var run = await CliRun.RunAsync(temp.Database, "scan", "--fail-on", "high", "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.SharedData, "schemas", "sarif", "sarif-schema-2.1.0.json"));
        Assert.Empty(schema.Validate(run.Output));
        var results = run.Json.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal(32, r.GetProperty("partialFingerprints").GetProperty("sightline/v1").GetString()!.Length));
        var checkout = results.First(r => r.GetProperty("ruleId").GetString() == "GHSA-p6mc-m468-83gw"
            && r.GetProperty("properties").GetProperty("repository").GetString() == "checkout-service");
        var location = checkout.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("package.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var line = location.GetProperty("region").GetProperty("startLine").GetInt32();
        var declared = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", "checkout-service", "package.json"))[line - 1];
        Assert.Contains("\"@acme/logging\"", declared, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_FingerprintsAreStableAcrossRuns()
    {
        using var temp = await ExposureTests.IndexedSampleFleetAsync();

        var first = await CliRun.RunAsync(temp.Database, "scan", "--format", "sarif");
        await CliRun.RunAsync(temp.Database, "index", Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet"), "--force");
        var second = await CliRun.RunAsync(temp.Database, "scan", "--format", "sarif");

        static IEnumerable<string?> Prints(CliRun run) => run.Json.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty("sightline/v1").GetString()).Order();
        Assert.Equal(Prints(first), Prints(second));
    }

    [Fact]
    public async Task ScanPath_IndexesAndGatesThatRepositoryOnly()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(temp.Database, "advisories", "import", Path.Combine(TestPaths.RepositoryRoot, "samples", "advisories"));
        await CliRun.RunAsync(temp.Database, "index", Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", "acme-json-dotnet"));

        var run = await CliRun.RunAsync(temp.Database, "scan", Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", "checkout-service"), "--fail-on", "high", "--format", "json");
        var clean = await CliRun.RunAsync(temp.Database, "scan", Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", "web-frontend"), "--fail-on", "high", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var findings = run.Json.GetProperty("findings").EnumerateArray().ToList();
        Assert.All(findings, f => Assert.Equal("checkout-service", f.GetProperty("repository").GetString()));
        Assert.Equal(
            ["express@4.17.1 GHSA-rv95-896h-c2vc", "lodash@4.17.15 GHSA-35jh-r3h4-6jhm", "lodash@4.17.15 GHSA-p6mc-m468-83gw", "minimist@1.2.5 GHSA-xvch-5gv4-984h", "qs@6.7.0 GHSA-hrpp-h998-j3pp"],
            findings.Select(f => $"{f.GetProperty("package").GetString()}@{f.GetProperty("version").GetString()} {f.GetProperty("advisoryId").GetString()}").Order());
        var qs = findings.Single(f => f.GetProperty("package").GetString() == "qs");
        Assert.Equal(2, qs.GetProperty("occurrences").GetInt32());
        Assert.Equal("express@4.17.1", qs.GetProperty("directDependency").GetString());
        Assert.Equal(0, clean.ExitCode);
        Assert.Equal(0, clean.Json.GetProperty("findings").GetArrayLength());
    }
}
