using System.Text.Json;
using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>`sightline fix --apply` on real git repositories: branches, commits, the record, and verification on re-index.</summary>
public class FixApplyTests
{
    [Fact]
    public async Task Apply_CommitsOnABranchPerRepository_LeavesDirtyOnesAlone_AndReindexVerifies()
    {
        using var temp = new TempFolder();
        var fleet = GitFleet.Create(temp, "acme-logging-js", "checkout-service", "notifications-worker", "search-api");
        File.AppendAllText(Path.Combine(fleet, "search-api", "README.md"), "\nwork in progress\n");
        Assert.Equal(0, (await CliRun.RunAsync(temp.Database, "index", fleet)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync(temp.Database, "advisories", "import", Path.Combine(TestPaths.RepositoryRoot, "samples", "advisories"))).ExitCode);

        var apply = await CliRun.RunAsync(temp.Database, "fix", "GHSA-35jh-r3h4-6jhm", "--strategy", "releases", "--apply", "--no-lockfile-refresh", "--format", "json");

        Assert.True(apply.ExitCode == 0, apply.ToString());
        var outcomes = apply.Json.GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.GetProperty("repository").GetString()!, o => o.GetProperty("status").GetString());
        Assert.Equal("committed", outcomes["notifications-worker"]);
        Assert.Equal("committed", outcomes["acme-logging-js"]);
        Assert.Equal("leftAlone", outcomes["search-api"]);
        // checkout-service waits for @acme/logging 1.4.1: nothing to commit yet.
        Assert.Equal("nothingToDo", outcomes["checkout-service"]);

        var worker = Path.Combine(fleet, "notifications-worker");
        Assert.Equal("main", GitFleet.Git(worker, "rev-parse", "--abbrev-ref", "HEAD"));
        var message = GitFleet.Git(worker, "log", "-1", "--format=%B", "sightline/fix-ghsa-35jh-r3h4-6jhm");
        Assert.StartsWith("Fix GHSA-35jh-r3h4-6jhm: ", message, StringComparison.Ordinal);
        Assert.Contains("bump:notifications-worker:package.json:lodash", message, StringComparison.Ordinal);
        Assert.Contains("lockfile refresh needed: npm install --package-lock-only --ignore-scripts", message, StringComparison.Ordinal);
        var diff = GitFleet.Git(worker, "diff", "main", "sightline/fix-ghsa-35jh-r3h4-6jhm", "--", "package.json");
        Assert.Contains("-    \"lodash\": \"4.17.20\"", diff, StringComparison.Ordinal);
        Assert.Contains("+    \"lodash\": \"4.17.21\"", diff, StringComparison.Ordinal);

        // The fix is merged and CI refreshes the lockfile; re-indexing verifies it.
        GitFleet.Git(worker, "merge", "-q", "sightline/fix-ghsa-35jh-r3h4-6jhm");
        var lockfile = Path.Combine(worker, "package-lock.json");
        File.WriteAllText(lockfile, File.ReadAllText(lockfile).Replace("4.17.20", "4.17.21", StringComparison.Ordinal));
        GitFleet.Git(worker, "-c", "user.name=CI", "-c", "user.email=ci@localhost", "commit", "-q", "-am", "lockfile");
        var reindex = await CliRun.RunAsync(temp.Database, "index", fleet);
        Assert.Contains("Fix record: notifications-worker verified for GHSA-35jh-r3h4-6jhm.", reindex.Output, StringComparison.Ordinal);

        var show = await CliRun.RunAsync(temp.Database, "fixes", "show", "CVE-2021-23337", "--format", "json");
        var steps = show.Json.EnumerateArray().Where(e => e.GetProperty("repository").GetString() == "notifications-worker").Select(e => e.GetProperty("step").GetString()).Distinct().ToList();
        Assert.Equal(["planned", "branch-created", "committed", "verified"], steps);
        Assert.Contains(show.Json.EnumerateArray(), e => e.GetProperty("repository").GetString() == "search-api" && e.GetProperty("step").GetString() == "skipped");
        var verify = await CliRun.RunAsync(temp.Database, "fixes", "verify", "--format", "json");
        Assert.True(verify.Json.GetProperty("intact").GetBoolean());
    }
}
