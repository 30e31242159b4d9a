using System.Text.Json;
using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>
/// One package at several lockfile paths is one SBOM component that keeps every field some occurrence states:
/// nodejs-goof's package-lock v2 has hoisted copies with `integrity` and bundled copies (under nyc) with only `license`.
/// </summary>
public class SbomLockfileMergeTests
{
    [Fact]
    public async Task RealNpmLockfile_EveryHashAndLicenceOfAnyOccurrence_ReachesTheComponent()
    {
        using var temp = new TempFolder();
        var lockfile = Path.Combine(TestPaths.SharedData, "lockfiles", "npm", "snyk-labs__nodejs-goof", "package-lock.json");
        temp.Write("goof/package-lock.json", File.ReadAllText(lockfile));
        Assert.Equal(0, (await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "goof"), "--as-repo", "goof", "--quiet")).ExitCode);

        var run = await CliRun.RunAsync(temp.Database, "sbom", "goof");

        Assert.True(run.ExitCode == 0, run.ToString());
        var components = JsonDocument.Parse(run.Output).RootElement.GetProperty("components").EnumerateArray().ToList();
        // From the lockfile with python: 980 distinct name@version, 801 with an integrity somewhere, 250 with a licence somewhere.
        Assert.Equal(980, components.Count);
        Assert.Equal(801, components.Count(c => c.TryGetProperty("hashes", out _)));
        Assert.Equal(250, components.Count(c => c.TryGetProperty("licenses", out _)));
        var once = components.Single(c => c.GetProperty("bom-ref").GetString() == "pkg:npm/once@1.4.0");
        Assert.Equal("ISC", once.GetProperty("licenses")[0].GetProperty("license").GetProperty("id").GetString());
        // node_modules/once: "sha1-WDsap3WWHUsROsF9nFC6753Xa9E=" (base64 of the hex below); nyc's copy: "license": "ISC".
        Assert.Equal(("SHA-1", "583b1aa775961d4b113ac17d9c50baef9dd76bd1"),
            (once.GetProperty("hashes")[0].GetProperty("alg").GetString(), once.GetProperty("hashes")[0].GetProperty("content").GetString()));
    }

    [Fact]
    public async Task LicenceNames_ThatStandForOneSpdxId_AreWrittenAsThatId_OthersAsWritten()
    {
        using var temp = new TempFolder();
        temp.Write("lib/pom.xml", """
            <project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId><artifactId>lib</artifactId><version>1</version>
              <licenses><license><name>The Apache Software License, Version 2.0</name></license></licenses></project>
            """);
        temp.Write("app/package.json", """{"name": "app", "version": "1.0.0", "license": "BSD License"}""");
        Assert.Equal(0, (await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "lib"), Path.Combine(temp.Path, "app"), "--quiet")).ExitCode);

        var lib = JsonDocument.Parse((await CliRun.RunAsync(temp.Database, "sbom", "lib")).Output).RootElement;
        var app = JsonDocument.Parse((await CliRun.RunAsync(temp.Database, "sbom", "app")).Output).RootElement;

        Assert.Equal("Apache-2.0", lib.GetProperty("metadata").GetProperty("component").GetProperty("licenses")[0].GetProperty("license").GetProperty("id").GetString());
        Assert.Equal("BSD License", app.GetProperty("metadata").GetProperty("component").GetProperty("licenses")[0].GetProperty("license").GetProperty("name").GetString());
    }
}
