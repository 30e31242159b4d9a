using Xunit;

namespace Sightline.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public async Task UnknownOption_ExitsWithTwo()
    {
        using var temp = new TempFolder();

        var run = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "lodash", "--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--bogus", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsupportedFormat_ExitsWithTwo()
    {
        using var temp = new TempFolder();

        var run = await CliRun.RunAsync(temp.Database, "repos", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task WhyForUnknownRepository_ExitsWithTwo()
    {
        using var temp = new TempFolder();

        var run = await CliRun.RunAsync(temp.Database, "deps", "why", "no-such-repo", "lodash");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no indexed repository named 'no-such-repo'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_NamesEveryCommand()
    {
        using var temp = new TempFolder();

        var run = await CliRun.RunAsync(temp.Database, "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "index", "deps", "usage", "repos" })
        {
            Assert.Contains(command, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DepsWhy_ListsEveryPath_ShortestFirst()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(temp.Database, "index", Fixtures.WriteFleet(temp));

        var why = await CliRun.RunAsync(temp.Database, "deps", "why", "svc-a", "lodash", "--format", "json");

        Assert.Equal(0, why.ExitCode);
        var occurrence = why.Json.GetProperty("occurrences").EnumerateArray().Single();
        var path = occurrence.GetProperty("paths").EnumerateArray().Single().EnumerateArray().Select(p => p.GetString());
        Assert.Equal(["@acme/log@1.0.0", "lodash@4.17.15"], path);
    }

    [Fact]
    public async Task Usage_ReportsVersionSpread()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(temp.Database, "index", Fixtures.WriteFleet(temp));

        var usage = await CliRun.RunAsync(temp.Database, "usage", "lodash", "--format", "json");

        Assert.Equal(2, usage.Json.GetProperty("repositoryCount").GetInt32());
        Assert.Equal(2, usage.Json.GetProperty("versionCount").GetInt32());
    }

    [Fact]
    public async Task Tree_ShowsDevDependenciesWithTheirScope()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(temp.Database, "index", Fixtures.WriteFleet(temp));

        var tree = await CliRun.RunAsync(temp.Database, "deps", "tree", "svc-a");

        Assert.Equal(0, tree.ExitCode);
        Assert.Contains("left-pad@1.3.0 dev", tree.Output, StringComparison.Ordinal);
        Assert.Contains("lodash@4.17.15 runtime", tree.Output, StringComparison.Ordinal);
    }
}
