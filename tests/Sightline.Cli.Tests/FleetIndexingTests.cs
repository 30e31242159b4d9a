using System.Diagnostics;
using Xunit;

namespace Sightline.Cli.Tests;

public class FleetIndexingTests
{
    [Fact]
    public async Task PlainFleet_IsIndexed_AndWhoUsesShowsVersionsAndPaths()
    {
        using var temp = new TempFolder();
        var fleet = Fixtures.WriteFleet(temp);

        var index = await CliRun.RunAsync(temp.Database, "index", fleet);
        Assert.True(index.ExitCode == 0, index.ToString());

        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "lodash", "--format", "json");
        Assert.Equal(0, who.ExitCode);
        var uses = who.Json.GetProperty("uses").EnumerateArray().ToList();
        Assert.Equal(2, uses.Count);

        var viaLibrary = uses.Single(u => u.GetProperty("repository").GetString() == "svc-a");
        Assert.Equal("4.17.15", viaLibrary.GetProperty("version").GetString());
        Assert.False(viaLibrary.GetProperty("direct").GetBoolean());
        Assert.Equal("runtime", viaLibrary.GetProperty("scope").GetString());
        Assert.Equal(["@acme/log@1.0.0", "lodash@4.17.15"], viaLibrary.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("pkg:npm/lodash@4.17.15", viaLibrary.GetProperty("purl").GetString());

        var direct = uses.Single(u => u.GetProperty("repository").GetString() == "svc-b");
        Assert.True(direct.GetProperty("direct").GetBoolean());
        Assert.Equal("4.17.21", direct.GetProperty("version").GetString());
    }

    [Fact]
    public async Task WhoUses_WithVersion_OnlyThatVersion_AndTableNamesThePath()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(temp.Database, "index", Fixtures.WriteFleet(temp));

        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "lodash@4.17.15");

        Assert.Equal(0, who.ExitCode);
        Assert.Contains("svc-a", who.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("svc-b", who.Output, StringComparison.Ordinal);
        Assert.Contains("@acme/log@1.0.0 > lodash@4.17.15", who.Output, StringComparison.Ordinal);
        Assert.Contains("transitive", who.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_UnchangedRepositories_AreSkipped()
    {
        using var temp = new TempFolder();
        var fleet = Fixtures.WriteFleet(temp);
        await CliRun.RunAsync(temp.Database, "index", fleet);

        var again = await CliRun.RunAsync(temp.Database, "index", fleet, "--format", "json");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(0, again.Json.GetProperty("indexed").GetInt32());
        Assert.Equal(2, again.Json.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Reindex_ChangedRepository_ReplacesItsGraph()
    {
        using var temp = new TempFolder();
        var fleet = Fixtures.WriteFleet(temp);
        await CliRun.RunAsync(temp.Database, "index", fleet);
        temp.Write("fleet/svc-b/package-lock.json", Fixtures.DirectLock.Replace("4.17.21", "4.17.20", StringComparison.Ordinal));

        var again = await CliRun.RunAsync(temp.Database, "index", fleet, "--format", "json");
        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "lodash", "--format", "json");

        Assert.Equal(1, again.Json.GetProperty("indexed").GetInt32());
        var versions = who.Json.GetProperty("uses").EnumerateArray().Select(u => u.GetProperty("version").GetString()).Order().ToList();
        Assert.Equal(["4.17.15", "4.17.20"], versions);
    }

    [Fact]
    public async Task GitRepository_IsIdentifiedByItsCommit()
    {
        using var temp = new TempFolder();
        temp.Write("repos/app/package.json", Fixtures.DirectPackageJson);
        temp.Write("repos/app/package-lock.json", Fixtures.DirectLock);
        var repo = Path.Combine(temp.Path, "repos", "app");
        Git(repo, "init", "-q", "-b", "main");
        Git(repo, "add", ".");
        Git(repo, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "init");
        var commit = Git(repo, "rev-parse", "HEAD").Trim();

        var index = await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "repos"));
        var repos = await CliRun.RunAsync(temp.Database, "repos", "--format", "json");
        var again = await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "repos"), "--format", "json");

        Assert.True(index.ExitCode == 0, index.ToString());
        var stored = repos.Json.GetProperty("repositories").EnumerateArray().Single();
        Assert.Equal("app", stored.GetProperty("name").GetString());
        Assert.Equal(commit, stored.GetProperty("revision").GetString());
        Assert.Equal("main", stored.GetProperty("branch").GetString());
        Assert.Equal(1, again.Json.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task AsRepo_IndexesAFolderAsOneNamedRepository()
    {
        using var temp = new TempFolder();
        var fleet = Fixtures.WriteFleet(temp);

        var index = await CliRun.RunAsync(temp.Database, "index", fleet, "--as-repo", "monorepo");
        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "lodash", "--format", "json");

        Assert.True(index.ExitCode == 0, index.ToString());
        var uses = who.Json.GetProperty("uses").EnumerateArray().ToList();
        Assert.All(uses, u => Assert.Equal("monorepo", u.GetProperty("repository").GetString()));
        Assert.Equal(["svc-a/package.json", "svc-b/package.json"], uses.Select(u => u.GetProperty("manifest").GetString()).Order());
    }

    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "git " + string.Join(' ', arguments) + ": " + process.StandardError.ReadToEnd());
        return output;
    }
}

public class UnresolvedDeclarationTests
{
    [Fact]
    public async Task WhoUses_ListsADeclarationWithoutLockfile_AsUnresolved()
    {
        using var temp = new TempFolder();
        var fleet = Fixtures.WriteFleet(temp);
        temp.Write("fleet/no-lock/package.json", """{ "name": "no-lock", "dependencies": { "lodash": "^4.17.0" } }""");

        var index = await CliRun.RunAsync(temp.Database, "index", fleet);
        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "lodash", "--format", "json");
        var table = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "lodash");

        Assert.True(index.ExitCode == 0, index.ToString());
        var declared = who.Json.GetProperty("uses").EnumerateArray().Single(u => u.GetProperty("repository").GetString() == "no-lock");
        Assert.False(declared.TryGetProperty("version", out _));
        Assert.Contains("not pinned", declared.GetProperty("unresolved").GetString(), StringComparison.Ordinal);
        Assert.Equal("lodash ^4.17.0", declared.GetProperty("path").EnumerateArray().Single().GetString());
        Assert.Contains("unresolved", table.Output, StringComparison.Ordinal);
    }
}

public class DeclaredPathTests
{
    [Fact]
    public async Task WhoUses_DirectDependencyOfAWorkspaceMember_ShowsTheMemberThatDeclaresIt()
    {
        using var temp = new TempFolder();
        temp.Write("mono/package.json", """{ "name": "mono", "workspaces": ["packages/*"], "dependencies": { "helper": "1.0.0" } }""");
        temp.Write("mono/packages/web/package.json", """{ "name": "web", "version": "0.1.0", "dependencies": { "lodash": "4.17.15" } }""");
        temp.Write("mono/package-lock.json", """
            {
              "name": "mono", "lockfileVersion": 3, "requires": true,
              "packages": {
                "": { "name": "mono", "workspaces": ["packages/*"], "dependencies": { "helper": "1.0.0" } },
                "node_modules/helper": { "version": "1.0.0", "dependencies": { "lodash": "^4.17.0" } },
                "node_modules/lodash": { "version": "4.17.15" },
                "node_modules/web": { "resolved": "packages/web", "link": true },
                "packages/web": { "name": "web", "version": "0.1.0", "dependencies": { "lodash": "4.17.15" } }
              }
            }
            """);

        await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "mono"));
        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "lodash", "--format", "json");
        var why = await CliRun.RunAsync(temp.Database, "deps", "why", "mono", "lodash", "--format", "json");

        var use = who.Json.GetProperty("uses").EnumerateArray().Single();
        Assert.True(use.GetProperty("direct").GetBoolean());
        Assert.Equal(["web@0.1.0", "lodash@4.17.15"], use.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        var paths = why.Json.GetProperty("occurrences").EnumerateArray().Single().GetProperty("paths").EnumerateArray()
            .Select(p => string.Join(" > ", p.EnumerateArray().Select(x => x.GetString()))).Order().ToList();
        Assert.Equal(["helper@1.0.0 > lodash@4.17.15", "web@0.1.0 > lodash@4.17.15"], paths);
    }
}
