using System.Text.Json;
using Sightline.Tests;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>`sightline notify` on the sample fleet, delivering to a webhook on 127.0.0.1 and to Markdown files.</summary>
public class NotifyTests : IClassFixture<SampleFleetEcosystemTests.IndexedFleet>
{
    private readonly SampleFleetEcosystemTests.IndexedFleet _fleet;

    public NotifyTests(SampleFleetEcosystemTests.IndexedFleet fleet) => _fleet = fleet;

    private Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync(_fleet.Temp.Database, args);

    private static string Variable(string url)
    {
        var name = "SIGHTLINE_TEST_HOOK_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(name, url);
        return name;
    }

    [Fact]
    public async Task Notify_SendsOneMessagePerTeam_RecordsIt_AndNeverTwice()
    {
        using var hook = new LocalWebhook();
        var variable = Variable(hook.Url);

        var first = await RunAsync("notify", "CVE-2021-44228", "--env", "production", "--via", "slack", "--url-env", variable, "--format", "json");

        Assert.True(first.ExitCode == 0, first.ToString());
        var teams = first.Json.EnumerateArray().ToDictionary(o => o.GetProperty("team").GetString()!, o => o.GetProperty("findings").GetInt32());
        Assert.Equal(["team-billing", "team-inventory"], teams.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, hook.Requests.Count);
        var bodies = hook.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.All(bodies, b => Assert.Contains("CVE-2021-44228", b.GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.Contains(hook.Requests, r => r.Body.Contains("billing-service", StringComparison.Ordinal) && r.Body.Contains("ledger-service", StringComparison.Ordinal));
        Assert.DoesNotContain(hook.Url, first.Output + first.Error, StringComparison.Ordinal);

        var second = await RunAsync("notify", "CVE-2021-44228", "--env", "production", "--via", "slack", "--url-env", variable);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(2, hook.Requests.Count);
        Assert.Contains("already sent", second.Output, StringComparison.Ordinal);

        var history = await RunAsync("notify", "CVE-2021-44228", "--history", "--format", "json");
        var records = history.Json.EnumerateArray().ToList();
        Assert.Equal(3, records.Count(r => r.GetProperty("delivered").GetBoolean()));
        Assert.All(records, r => Assert.Equal("slack", r.GetProperty("target").GetString()));
        Assert.DoesNotContain(hook.Url, history.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notify_RetriesAServerError_ThenDelivers()
    {
        using var hook = new LocalWebhook(500);
        var variable = Variable(hook.Url);

        var run = await RunAsync("notify", "GHSA-5crp-9r3c-p9vr", "--owner", "team-orders", "--via", "webhook", "--url-env", variable, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, hook.Requests.Count);
        var sent = JsonDocument.Parse(hook.Requests.Last().Body).RootElement;
        Assert.Equal("team-orders", sent.GetProperty("team").GetString());
        var history = await RunAsync("notify", "GHSA-5crp-9r3c-p9vr", "--history", "--format", "json");
        Assert.All(history.Json.EnumerateArray(), r => Assert.Equal(2, r.GetProperty("attempts").GetInt32()));
    }

    [Fact]
    public async Task Notify_RejectedDelivery_IsRecordedAsFailed_WithoutTheUrl_AndSentAgainNextTime()
    {
        using var hook = new LocalWebhook(403);
        var variable = Variable(hook.Url);

        var failed = await RunAsync("notify", "GHSA-8q59-q68h-6hv4", "--via", "teams", "--url-env", variable);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("failed", failed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(hook.Url, failed.Output + failed.Error, StringComparison.Ordinal);
        Assert.Single(hook.Requests);

        var retried = await RunAsync("notify", "GHSA-8q59-q68h-6hv4", "--via", "teams", "--url-env", variable);
        Assert.Equal(0, retried.ExitCode);
        Assert.Equal(2, hook.Requests.Count);
    }

    [Fact]
    public async Task Notify_WritesMarkdownPerTeam_RoutedByConfiguration()
    {
        var folder = Path.Combine(_fleet.Temp.Path, "notices");
        var config = _fleet.Temp.Write("notify.yaml", $$"""
            notify:
              targets:
                - name: files
                  kind: markdown
                  folder: {{folder}}
              teams:
                "*": files
            """);

        var run = await RunAsync("notify", "GHSA-35jh-r3h4-6jhm", "--config", config);

        Assert.True(run.ExitCode == 0, run.ToString());
        var admin = File.ReadAllText(Path.Combine(folder, "GHSA-35jh-r3h4-6jhm-team-internal-tools.md"));
        Assert.Contains("admin-portal", admin, StringComparison.Ordinal);
        Assert.Contains("packages/api/src/server.js:20:12", admin, StringComparison.Ordinal);
        Assert.Contains("production", admin, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "GHSA-35jh-r3h4-6jhm-team-payments.md")));
        // The plan: the recommendation, and this team's own steps with their times.
        Assert.Contains("Recommended: ", admin, StringComparison.Ordinal);
        Assert.Contains("admin-portal: bump lodash 4.17.20 -> 4.17.21 in package.json (from 0m to 30m)", admin, StringComparison.Ordinal);
        Assert.DoesNotContain("checkout-service:", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notify_OpensOneGitHubIssuePerTeam_WithTheTokenFromTheEnvironment()
    {
        using var hook = new LocalWebhook(201, 201, 201, 201, 201, 201);
        var token = "ghp_" + Guid.NewGuid().ToString("N");
        var variable = Variable(token);

        var run = await RunAsync("notify", "GHSA-p6mc-m468-83gw", "--via", "github", "--repository", "acme/security", "--api-base", hook.BaseUrl, "--token-env", variable);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.NotEmpty(hook.Requests);
        Assert.All(hook.Requests, r => Assert.Equal(("POST", "/repos/acme/security/issues"), (r.Method, r.Path)));
        Assert.All(hook.Authorizations, a => Assert.Equal("Bearer " + token, a));
        var issue = JsonDocument.Parse(hook.Requests.First().Body).RootElement;
        Assert.Contains("GHSA-p6mc-m468-83gw", issue.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("security", issue.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.DoesNotContain(token, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notify_WithAnUnsetSecretVariable_SaysWhichVariableAndSendsNothing()
    {
        var run = await RunAsync("notify", "CVE-2020-8203", "--via", "slack", "--url-env", "SIGHTLINE_TEST_UNSET_" + Guid.NewGuid().ToString("N"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not set", run.Output, StringComparison.Ordinal);
        var history = await RunAsync("notify", "CVE-2020-8203", "--history", "--format", "json");
        Assert.Empty(history.Json.EnumerateArray());
    }

    [Fact]
    public async Task Notify_UnknownTarget_ListsTheConfiguredOnes()
    {
        var run = await RunAsync("notify", "CVE-2020-8203", "--target", "nope");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no notify target named 'nope' (configured: notices, security-chat)", run.Error, StringComparison.Ordinal);
    }
}
