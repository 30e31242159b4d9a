using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>Hostile and broken input: a clear error naming the file, the rest of the fleet indexed, exit code 2.</summary>
public class BadInputTests
{
    [Fact]
    public async Task MalformedLockfile_IsReportedWithLineAndColumn_AndTheRestIsIndexed()
    {
        using var temp = new TempFolder();
        var fleet = Fixtures.WriteFleet(temp);
        temp.Write("fleet/broken/package.json", """{ "name": "broken", "dependencies": { "x": "1.0.0" } }""");
        temp.Write("fleet/broken/package-lock.json", "{\n  \"lockfileVersion\": 3,\n  \"packages\": { \"\": { \"name\": \"broken\" } ]\n}\n");

        var index = await CliRun.RunAsync(temp.Database, "index", fleet);
        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "lodash", "--format", "json");

        Assert.Equal(2, index.ExitCode);
        Assert.Contains("[broken] package-lock.json:3:42: invalid JSON", index.Error, StringComparison.Ordinal);
        Assert.Equal(2, who.Json.GetProperty("uses").GetArrayLength());
    }

    [Fact]
    public async Task DeeplyNestedJson_IsRejectedWithAClearError()
    {
        using var temp = new TempFolder();
        var fleet = Fixtures.WriteFleet(temp);
        var deep = new string('[', 100_000) + new string(']', 100_000);
        temp.Write("fleet/deep/package-lock.json", "{\"lockfileVersion\":3,\"packages\":" + deep + "}");

        var index = await CliRun.RunAsync(temp.Database, "index", fleet);

        Assert.Equal(2, index.ExitCode);
        Assert.Contains("deep", index.Error, StringComparison.Ordinal);
        Assert.Contains("package-lock.json", index.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LockfileOfSeveralHundredMegabytes_IsReportedNotParsed()
    {
        using var temp = new TempFolder();
        var fleet = Fixtures.WriteFleet(temp);
        var huge = temp.Write("fleet/huge/package-lock.json", string.Empty);
        using (var stream = new FileStream(huge, FileMode.Open))
        {
            // Sparse: 400 MB on paper, nothing on disk.
            stream.SetLength(400L * 1024 * 1024);
        }

        var index = await CliRun.RunAsync(temp.Database, "index", fleet, "--format", "json");

        Assert.Equal(2, index.ExitCode);
        Assert.Contains("[huge] package-lock.json: file is 400 MiB", index.Error, StringComparison.Ordinal);
        Assert.Contains("over the 256 MiB limit", index.Error, StringComparison.Ordinal);
        Assert.Equal(3, index.Json.GetProperty("indexed").GetInt32());
    }

    [Fact]
    public async Task SymlinkOutOfTheRepository_IsNotFollowed()
    {
        using var temp = new TempFolder();
        var fleet = Fixtures.WriteFleet(temp);
        var outside = temp.Write("outside/package-lock.json", Fixtures.DirectLock.Replace("4.17.21", "0.0.1-secret", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(fleet, "svc-a", "vendor-lock.json"), outside);
        Directory.CreateSymbolicLink(Path.Combine(fleet, "svc-a", "escape"), Path.Combine(temp.Path, "outside"));

        var index = await CliRun.RunAsync(temp.Database, "index", fleet);
        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "lodash@0.0.1-secret", "--format", "json");

        Assert.Equal(2, index.ExitCode);
        Assert.Contains("svc-a] escape", index.Error, StringComparison.Ordinal);
        Assert.Contains("outside the repository: not followed", index.Error, StringComparison.Ordinal);
        Assert.Equal(0, who.Json.GetProperty("uses").GetArrayLength());
    }

    [Fact]
    public async Task RepositoryWithNoManifest_IsReported()
    {
        using var temp = new TempFolder();
        temp.Write("empty/README.md", "nothing to see");

        var index = await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "empty"), "--as-repo", "empty");

        Assert.Equal(2, index.ExitCode);
        Assert.Contains("no manifest or lockfile found", index.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedReindex_LeavesOtherRepositoriesIntact()
    {
        using var temp = new TempFolder();
        var fleet = Fixtures.WriteFleet(temp);
        await CliRun.RunAsync(temp.Database, "index", fleet);
        temp.Write("fleet/svc-b/package-lock.json", "{ not json");

        var index = await CliRun.RunAsync(temp.Database, "index", fleet);
        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "lodash", "--format", "json");
        var repos = await CliRun.RunAsync(temp.Database, "repos", "--problems", "--format", "json");

        Assert.Equal(2, index.ExitCode);
        Assert.Equal("svc-a", who.Json.GetProperty("uses").EnumerateArray().Single().GetProperty("repository").GetString());
        var problem = repos.Json.GetProperty("problems").EnumerateArray().Single();
        Assert.Equal("package-lock.json", problem.GetProperty("file").GetString());
        Assert.Equal(1, problem.GetProperty("line").GetInt64());
    }

    [Fact]
    public async Task MissingPath_IsReported()
    {
        using var temp = new TempFolder();

        var index = await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "nope"));

        Assert.Equal(2, index.ExitCode);
        Assert.Contains("no such folder", index.Error, StringComparison.Ordinal);
    }
}
