using System.Text.Json;
using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>`sightline fix --apply` on real git repositories: branches, commits, the record, and verification on re-index.</summary>
public class FixApplyTests
{
    [Fact]
    public async Task Apply_CommitsOnABranchPerRepository_LeavesDirtyAndDetachedOnesAlone_AndReindexVerifies()
    {
        using var temp = new TempFolder();
        var fleet = GitFleet.Create(temp, "acme-logging-js", "checkout-service", "notifications-worker", "search-api");
        File.AppendAllText(Path.Combine(fleet, "search-api", "README.md"), "\nwork in progress\n");
        GitFleet.Git(Path.Combine(fleet, "acme-logging-js"), "checkout", "-q", "--detach");
        Assert.Equal(0, (await CliRun.RunAsync(temp.Database, "index", fleet)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync(temp.Database, "advisories", "import", Path.Combine(TestPaths.RepositoryRoot, "samples", "advisories"))).ExitCode);

        var apply = await CliRun.RunAsync(temp.Database, "fix", "GHSA-35jh-r3h4-6jhm", "--strategy", "releases", "--apply", "--no-lockfile-refresh", "--format", "json");

        Assert.True(apply.ExitCode == 0, apply.ToString());
        var outcomes = apply.Json.GetProperty("outcomes").EnumerateArray().ToDictionary(o => o.GetProperty("repository").GetString()!, o => o.GetProperty("status").GetString());
        Assert.Equal("committed", outcomes["notifications-worker"]);
        Assert.Equal("leftAlone", outcomes["acme-logging-js"]);
        Assert.Contains("detached HEAD", apply.Json.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("repository").GetString() == "acme-logging-js").GetProperty("detail").GetString(), StringComparison.Ordinal);
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
        var vex = JsonDocument.Parse((await CliRun.RunAsync(temp.Database, "vex", "notifications-worker")).Output).RootElement;
        Assert.Equal("fixed", vex.GetProperty("statements").EnumerateArray().Single(s => s.GetProperty("vulnerability").GetProperty("name").GetString() == "GHSA-35jh-r3h4-6jhm")
            .GetProperty("status").GetString());
        var verify = await CliRun.RunAsync(temp.Database, "fixes", "verify", "--format", "json");
        Assert.True(verify.Json.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Open_PushesTheBranch_OpensOnePullRequest_AndRecordsIt()
    {
        using var temp = new TempFolder();
        var fleet = GitFleet.Create(temp, "notifications-worker");
        var worker = Path.Combine(fleet, "notifications-worker");
        var origin = Path.Combine(temp.Path, "origin.git");
        Directory.CreateDirectory(origin);
        GitFleet.Git(origin, "init", "-q", "--bare");
        GitFleet.Git(worker, "remote", "add", "origin", origin);
        using var api = new LocalWebhook(201) { ResponseBody = """{"number": 7, "html_url": "https://github.example/acme/notifications-worker/pull/7"}""" };
        var token = "ghp_" + Guid.NewGuid().ToString("N");
        var variable = "SIGHTLINE_TEST_TOKEN_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, token);
        Assert.Equal(0, (await CliRun.RunAsync(temp.Database, "index", fleet)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync(temp.Database, "advisories", "import", Path.Combine(TestPaths.RepositoryRoot, "samples", "advisories"))).ExitCode);

        var run = await CliRun.RunAsync(temp.Database, "fix", "GHSA-35jh-r3h4-6jhm", "--apply", "--no-lockfile-refresh",
            "--open", "github", "--token-env", variable, "--api-base", api.BaseUrl, "--push", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(token, run.Output + run.Error, StringComparison.Ordinal);
        var (method, path, body) = Assert.Single(api.Requests);
        Assert.Equal(("POST", "/repos/acme/notifications-worker/pulls"), (method, path));
        Assert.Equal("Bearer " + token, Assert.Single(api.Authorizations));
        var payload = JsonDocument.Parse(body).RootElement;
        Assert.Equal("sightline/fix-ghsa-35jh-r3h4-6jhm", payload.GetProperty("head").GetString());
        Assert.Equal("main", payload.GetProperty("base").GetString());
        Assert.Contains("lodash", payload.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(GitFleet.Git(origin, "rev-parse", "refs/heads/sightline/fix-ghsa-35jh-r3h4-6jhm"));
        var outcome = Assert.Single(run.Json.GetProperty("outcomes").EnumerateArray(), o => o.GetProperty("repository").GetString() == "notifications-worker");
        Assert.Equal("https://github.example/acme/notifications-worker/pull/7", outcome.GetProperty("pullRequest").GetString());
        Assert.True(File.Exists(Path.Combine(temp.Path, "db", "pull-requests", "GHSA-35jh-r3h4-6jhm", "notifications-worker.gitlab.json")));
        var record = await CliRun.RunAsync(temp.Database, "fixes", "show", "GHSA-35jh-r3h4-6jhm", "--format", "json");
        Assert.Contains(record.Json.EnumerateArray(), e => e.GetProperty("step").GetString() == "pull-request-opened"
            && e.GetProperty("evidence").GetString()!.Contains("pull/7", StringComparison.Ordinal));
    }
}
