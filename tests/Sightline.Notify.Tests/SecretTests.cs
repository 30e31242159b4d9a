using Xunit;

namespace Sightline.Notify.Tests;

/// <summary>Endpoints and tokens never leave the target: not in outcomes, locations, ToString or exceptions.</summary>
public sealed class SecretTests
{
    private const string Token = "glpat-SECRET-TOKEN-9f8e7d";
    private const string SecretPath = "/services/T0SECRET/B0SECRET/XoXoSeCrEtWeBhOoK";

    public static TheoryData<string> FailureModes => ["500 then 201", "always 500", "hang", "429", "403", "refused", "endless", "hostile reason", "redirect"];

    private static Reply[] Script(string mode) => mode switch
    {
        "500 then 201" => [Reply.Status(500, "Internal Server Error"), Reply.Status(201, "Created", """{"web_url":"https://gitlab.example.com/i/1"}""")],
        "always 500" => [Reply.Status(500, "Internal Server Error")],
        "hang" => [Reply.Hang],
        "429" => [Reply.Status(429, "Too Many Requests", "", ("Retry-After", "1"))],
        "403" => [Reply.Status(403, "Forbidden", "bad token " + Token)],
        "endless" => [Reply.Endless(201, "Created")],
        // A server echoing the secret in its reason phrase and headers: outcomes use our own words.
        "hostile reason" => [Reply.Status(503, "leak " + Token + " " + SecretPath, "", ("X-Debug", Token))],
        "redirect" => [Reply.Status(307, "Temporary Redirect " + SecretPath, "", ("Location", SecretPath + "/again"))],
        _ => [],
    };

    [Theory]
    [MemberData(nameof(FailureModes))]
    public async Task NoOutcomeRevealsTheEndpointOrTheToken(string mode)
    {
        await using var server = new LocalHttpServer(Script(mode));
        var port = mode == "refused" ? LocalHttpServer.ClosedPort() : server.Port;
        var endpoint = new Uri($"http://127.0.0.1:{port}{SecretPath}");
        var policy = RetryPolicy.Default with { MaxAttempts = 2, AttemptTimeout = mode == "hang" ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(30) };
        using var sender = new RecordingSender(policy);

        foreach (var format in new[] { NoticeFormat.GitLabIssue, NoticeFormat.GitHubIssue, NoticeFormat.Slack, NoticeFormat.Teams, NoticeFormat.Json })
        {
            var target = new NotificationTarget("fleet", format, endpoint, Token);
            var result = await sender.SendAsync(Notices.TwoFindings, target);

            foreach (var text in new[] { result.Outcome, result.Location ?? "", result.ToString(), target.ToString() })
            {
                Assert.DoesNotContain(Token, text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("SECRET", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
                Assert.DoesNotContain(port.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task HostileReasonPhraseIsReplacedByTheStandardOne()
    {
        await using var server = new LocalHttpServer(Script("hostile reason"));
        using var sender = new RecordingSender(RetryPolicy.Default with { MaxAttempts = 1 });

        var result = await sender.SendAsync(Notices.TwoFindings, new NotificationTarget("x", NoticeFormat.Slack, server.Url(SecretPath)));

        Assert.Equal("503 Service Unavailable (gave up after 1 attempt)", result.Outcome);
    }

    [Fact]
    public void TargetToStringIsNameAndFormatOnly()
    {
        var target = new NotificationTarget("payments-gitlab", NoticeFormat.GitLabIssue, new Uri("https://gitlab.example.com/api/v4/projects/42/issues"), Token);

        Assert.Equal("payments-gitlab (GitLabIssue)", target.ToString());
    }

    [Theory]
    [InlineData(NoticeFormat.Slack, "ftp://hooks.slack.com/services/T0SECRET", null, "endpoint")]
    [InlineData(NoticeFormat.Teams, "file:///etc/SECRET", null, "endpoint")]
    [InlineData(NoticeFormat.GitHubIssue, "https://api.github.com/repos/SECRET/x/issues", null, "token")]
    [InlineData(NoticeFormat.GitLabIssue, "https://gitlab.example.com/api/v4/projects/1/issues", "glpat-SECRET\r\nX-Injected: 1", "token")]
    public void InvalidTargetsAreRefusedWithoutQuotingTheSecret(NoticeFormat format, string endpoint, string? token, string parameter)
    {
        var ex = Assert.Throws<ArgumentException>(() => new NotificationTarget("t", format, new Uri(endpoint), token));

        Assert.Equal(parameter, ex.ParamName);
        Assert.DoesNotContain("SECRET", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AMarkdownTargetNeedsAFolderAndAnHttpTargetAnEndpoint()
    {
        Assert.Equal("folder", Assert.Throws<ArgumentException>(() => new NotificationTarget("md", NoticeFormat.Markdown)).ParamName);
        Assert.Equal("endpoint", Assert.Throws<ArgumentException>(() => new NotificationTarget("j", NoticeFormat.Json)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new NotificationTarget(" ", NoticeFormat.Json, new Uri("https://x.example"))).ParamName);
    }

    [Fact]
    public async Task CancellationExceptionsCarryNothingOfTheRequest()
    {
        await using var server = new LocalHttpServer(Reply.Hang);
        using var sender = new RecordingSender(RetryPolicy.Default with { AttemptTimeout = TimeSpan.FromMinutes(5) });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            sender.SendAsync(Notices.TwoFindings, new NotificationTarget("x", NoticeFormat.GitLabIssue, server.Url(SecretPath), Token), cancellation.Token));

        Assert.Null(ex.InnerException);
        Assert.DoesNotContain("SECRET", ex.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Token, ex.ToString(), StringComparison.Ordinal);
    }
}
