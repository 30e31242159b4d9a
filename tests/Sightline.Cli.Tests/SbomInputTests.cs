using System.Text.Json;
using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>`index --sbom`: an artefact known only by its SBOM joins the fleet and answers exposure at package level.</summary>
public class SbomInputTests
{
    private static string Testdata(string file) => TestPaths.TestData("Sightline.Ecosystems.Tests", "sbom", file);

    [Fact]
    public async Task ASbomFromAnotherTool_Indexes_AndAnswersExposure()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, (await CliRun.RunAsync(temp.Database, "advisories", "import", Path.Combine(TestPaths.RepositoryRoot, "samples", "advisories"))).ExitCode);

        var index = await CliRun.RunAsync(temp.Database, "index", "--sbom", Testdata("sightline-checkout.cdx.json"), "--as-repo", "vendor-checkout", "--format", "json");

        Assert.True(index.ExitCode == 0, index.ToString());
        var repository = Assert.Single(index.Json.GetProperty("repositories").EnumerateArray());
        Assert.Equal("vendor-checkout", repository.GetProperty("name").GetString());
        var exposure = await CliRun.RunAsync(temp.Database, "exposure", "CVE-2020-8203", "--format", "json");
        var finding = Assert.Single(exposure.Json.GetProperty("findings").EnumerateArray());
        Assert.Equal(("vendor-checkout", "lodash", "4.17.15"), (finding.GetProperty("repository").GetString(), finding.GetProperty("package").GetString(), finding.GetProperty("version").GetString()));
        // The path survives the SBOM: lodash arrives through @acme/logging.
        Assert.Equal("@acme/logging@1.4.0", finding.GetProperty("paths")[0][0].GetString());
    }

    [Fact]
    public async Task SeveralSboms_AreRepositoriesNamedAfterTheirFiles_AndABadOneIsAClearError()
    {
        using var temp = new TempFolder();

        var index = await CliRun.RunAsync(temp.Database, "index", "--sbom", Testdata("huginn.cyclonedx-npm.cdx.json"), "--sbom", Testdata("firmware-2.2.spdx.json"), "--format", "json");

        Assert.True(index.ExitCode is 0 or 2, index.ToString());
        Assert.Equal(["firmware-2", "huginn"], index.Json.GetProperty("repositories").EnumerateArray().Select(r => r.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        var notJson = temp.Write("notes.json", """{ "hello": "world" }""");
        var bad = await CliRun.RunAsync(temp.Database, "index", "--sbom", notJson);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("not a CycloneDX or SPDX JSON document", bad.Error, StringComparison.Ordinal);
        var repos = await CliRun.RunAsync(temp.Database, "repos", "--format", "json");
        Assert.Equal(2, repos.Json.GetProperty("repositories").GetArrayLength());
    }
}
