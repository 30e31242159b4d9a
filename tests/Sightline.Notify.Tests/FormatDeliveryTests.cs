using System.Text.Json;
using Xunit;

namespace Sightline.Notify.Tests;

/// <summary>What each HTTP format puts on the wire, as the receiving server saw it.</summary>
public sealed class FormatDeliveryTests
{
    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static async Task<(DeliveryResult Result, ReceivedRequest Request)> SendAsync(NoticeFormat format, string path, string? token, Reply reply)
    {
        await using var server = new LocalHttpServer(reply);
        using var sender = new RecordingSender();
        var result = await sender.SendAsync(Notices.TwoFindings, new NotificationTarget("t", format, server.Url(path), token));
        return (result, Assert.Single(server.Requests));
    }

    [Fact]
    public async Task JsonPostsTheDocumentedSchema()
    {
        var (result, request) = await SendAsync(NoticeFormat.Json, "/hooks/notices", null, Reply.Status(202, "Accepted"));

        Assert.Equal(new DeliveryResult(true, 1, "delivered: 202 Accepted", null), result);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/hooks/notices", request.Path);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        Assert.Equal("sightline", request.Headers["User-Agent"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        using var json = request.Json();
        var root = json.RootElement;
        Assert.Equal(["schema", "title", "team", "advisory", "findings", "plan"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("sightline.notice/v1", root.GetProperty("schema").GetString());
        Assert.Equal(Notices.Title, root.GetProperty("title").GetString());
        Assert.Equal("team-payments", root.GetProperty("team").GetString());
        Assert.Equal(Notices.Plan, root.GetProperty("plan").GetString());

        var advisory = root.GetProperty("advisory");
        Assert.Equal(["id", "aliases", "summary", "severity", "score", "url"], advisory.EnumerateObject().Select(p => p.Name));
        Assert.Equal("CVE-2021-44228", advisory.GetProperty("id").GetString());
        Assert.Equal(["GHSA-jfh8-c2jp-5v3q", "CVE-2021-44228"], Strings(advisory.GetProperty("aliases")));
        Assert.Equal("Remote code injection in Log4j", advisory.GetProperty("summary").GetString());
        Assert.Equal("critical", advisory.GetProperty("severity").GetString());
        Assert.Equal(10.0, advisory.GetProperty("score").GetDouble());
        Assert.Equal("https://osv.dev/vulnerability/GHSA-jfh8-c2jp-5v3q", advisory.GetProperty("url").GetString());

        var findings = root.GetProperty("findings");
        Assert.Equal(2, findings.GetArrayLength());
        var first = findings[0];
        Assert.Equal(["key", "repository", "manifest", "package", "version", "fixedVersions", "verdict", "verdictDetail", "trace", "path", "services", "owners"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("payments-api|pom.xml|log4j-core", first.GetProperty("key").GetString());
        Assert.Equal("payments-api", first.GetProperty("repository").GetString());
        Assert.Equal("pom.xml", first.GetProperty("manifest").GetString());
        Assert.Equal("org.apache.logging.log4j:log4j-core", first.GetProperty("package").GetString());
        Assert.Equal("2.14.1", first.GetProperty("version").GetString());
        Assert.Equal(["2.15.0"], Strings(first.GetProperty("fixedVersions")));
        Assert.Equal("reachable", first.GetProperty("verdict").GetString());
        Assert.Equal("PaymentController.handle reaches Logger.error", first.GetProperty("verdictDetail").GetString());
        Assert.Equal(Notices.PaymentsApi.Trace, Strings(first.GetProperty("trace")));
        Assert.Equal(["payments-api", "org.apache.logging.log4j:log4j-core"], Strings(first.GetProperty("path")));
        Assert.Equal(["@acme/payments", "alice"], Strings(first.GetProperty("owners")));
        var services = first.GetProperty("services");
        Assert.Equal("payments-api", services[0].GetProperty("name").GetString());
        Assert.Equal(["prod-eu", "staging"], Strings(services[0].GetProperty("environments")));
        Assert.True(services[0].GetProperty("production").GetBoolean());
        Assert.Equal("payments-worker", services[1].GetProperty("name").GetString());
        Assert.False(services[1].GetProperty("production").GetBoolean());
        Assert.Equal(JsonValueKind.Null, findings[1].GetProperty("verdictDetail").ValueKind);
    }

    [Fact]
    public async Task SlackPostsTextAndBlocks()
    {
        var (result, request) = await SendAsync(NoticeFormat.Slack, "/services/T000/B000/XXXX", null, Reply.Status(200, "OK", "ok"));

        Assert.Equal(new DeliveryResult(true, 1, "delivered: 200 OK", null), result);
        Assert.Equal("/services/T000/B000/XXXX", request.Path);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        using var json = request.Json();
        var root = json.RootElement;
        Assert.Equal(Notices.Title, root.GetProperty("text").GetString());
        var blocks = root.GetProperty("blocks");
        Assert.Equal(["header", "section", "section", "section", "section", "context"], blocks.EnumerateArray().Select(b => b.GetProperty("type").GetString()));
        Assert.Equal("plain_text", blocks[0].GetProperty("text").GetProperty("type").GetString());
        Assert.Equal("[critical] CVE-2021-44228 (GHSA-jfh8-c2jp-5v3q) affects 2 repositories of team-payments — reachable in production", blocks[0].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("mrkdwn", blocks[1].GetProperty("text").GetProperty("type").GetString());
        Assert.Equal("*<https://osv.dev/vulnerability/GHSA-jfh8-c2jp-5v3q|CVE-2021-44228>* · severity: critical 10.0 · aliases: GHSA-jfh8-c2jp-5v3q\nRemote code injection in Log4j",
            blocks[1].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal(
            "*payments-api* · pom.xml\n"
            + "`org.apache.logging.log4j:log4j-core@2.14.1` → 2.15.0\n"
            + "*reachable* — PaymentController.handle reaches Logger.error\n"
            + "Services: payments-api (production): prod-eu, staging; payments-worker: staging\n"
            + "Owners: @acme/payments, alice\n"
            + "Path: payments-api › org.apache.logging.log4j:log4j-core\n"
            + "Trace:\n"
            + "• `src/main/java/pay/PaymentController.java:42:9 PaymentController.handle calls Logger.error`\n"
            + "• `log4j-core: Logger.error calls JndiLookup.lookup`",
            blocks[2].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal(
            "*ledger* · build.gradle\n"
            + "`org.apache.logging.log4j:log4j-core@2.13.0` → 2.15.0, 2.12.2\n"
            + "*imported*\n"
            + "Owners: @acme/payments\n"
            + "Path: ledger › org.springframework.boot:spring-boot-starter-log4j2 › org.apache.logging.log4j:log4j-core",
            blocks[3].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("*Plan*\n" + Notices.Plan, blocks[4].GetProperty("text").GetProperty("text").GetString());
        var context = Assert.Single(blocks[5].GetProperty("elements").EnumerateArray());
        Assert.Equal("Sightline · team-payments · 2 findings in 2 repositories", context.GetProperty("text").GetString());
    }

    [Fact]
    public async Task TeamsPostsAnAdaptiveCard()
    {
        var (result, request) = await SendAsync(NoticeFormat.Teams, "/webhookb2/abc/IncomingWebhook/def", null, Reply.Status(200, "OK", "1"));

        Assert.Equal(new DeliveryResult(true, 1, "delivered: 200 OK", null), result);
        using var json = request.Json();
        var root = json.RootElement;
        Assert.Equal("message", root.GetProperty("type").GetString());
        var attachment = Assert.Single(root.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.4", card.GetProperty("version").GetString());
        var body = card.GetProperty("body");
        Assert.Equal(["TextBlock", "FactSet", "TextBlock", "Container", "Container", "TextBlock", "TextBlock"], body.EnumerateArray().Select(b => b.GetProperty("type").GetString()));
        Assert.Equal(@"\[critical\] CVE-2021-44228 (GHSA-jfh8-c2jp-5v3q) affects 2 repositories of team-payments — reachable in production", body[0].GetProperty("text").GetString());
        Assert.Equal(["Advisory=CVE-2021-44228", "Severity=critical 10.0", "Aliases=GHSA-jfh8-c2jp-5v3q"],
            body[1].GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("title").GetString() + "=" + f.GetProperty("value").GetString()));
        var items = body[3].GetProperty("items");
        Assert.Equal("**payments-api** · pom.xml", items[0].GetProperty("text").GetString());
        Assert.Equal(
        [
            "Package=org.apache.logging.log4j:log4j-core 2.14.1 → 2.15.0",
            "Verdict=reachable — PaymentController.handle reaches Logger.error",
            "Services=payments-api (production): prod-eu, staging; payments-worker: staging",
            "Owners=@acme/payments, alice",
            "Path=payments-api › org.apache.logging.log4j:log4j-core",
        ], items[1].GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("title").GetString() + "=" + f.GetProperty("value").GetString()));
        Assert.Equal(Notices.PaymentsApi.Trace, items.EnumerateArray().Skip(2).Select(i => i.GetProperty("text").GetString()!));
        Assert.Equal("**Plan**", body[5].GetProperty("text").GetString());
        var action = Assert.Single(card.GetProperty("actions").EnumerateArray());
        Assert.Equal("Action.OpenUrl", action.GetProperty("type").GetString());
        Assert.Equal("https://osv.dev/vulnerability/GHSA-jfh8-c2jp-5v3q", action.GetProperty("url").GetString());
    }

    [Fact]
    public async Task GitHubIssueCarriesBearerTokenAndReturnsTheIssuePage()
    {
        var (result, request) = await SendAsync(NoticeFormat.GitHubIssue, "/repos/acme/payments/issues", "ghp_token123",
            Reply.Status(201, "Created", """{"number":7,"html_url":"https://github.com/acme/payments/issues/7","url":"https://api.github.com/repos/acme/payments/issues/7"}"""));

        Assert.Equal(new DeliveryResult(true, 1, "delivered: 201 Created", "https://github.com/acme/payments/issues/7"), result);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/repos/acme/payments/issues", request.Path);
        Assert.Equal("Bearer ghp_token123", request.Headers["Authorization"]);
        Assert.Equal("application/vnd.github+json", request.Headers["Accept"]);
        Assert.Equal("sightline", request.Headers["User-Agent"]);
        Assert.Equal("2022-11-28", request.Headers["X-GitHub-Api-Version"]);
        Assert.False(request.Headers.ContainsKey("PRIVATE-TOKEN"));
        using var json = request.Json();
        var root = json.RootElement;
        Assert.Equal(["title", "body", "labels"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Notices.Title, root.GetProperty("title").GetString());
        Assert.Equal(NoticeRenderer.Markdown(Notices.TwoFindings), root.GetProperty("body").GetString());
        Assert.Equal(["security", "sightline", "critical"], Strings(root.GetProperty("labels")));
    }

    [Fact]
    public async Task GitLabIssueCarriesPrivateTokenAndReturnsTheIssuePage()
    {
        var (result, request) = await SendAsync(NoticeFormat.GitLabIssue, "/api/v4/projects/42/issues", "glpat-token456",
            Reply.Status(201, "Created", """{"iid":3,"web_url":"https://gitlab.example.com/acme/payments/-/issues/3"}"""));

        Assert.Equal(new DeliveryResult(true, 1, "delivered: 201 Created", "https://gitlab.example.com/acme/payments/-/issues/3"), result);
        Assert.Equal("/api/v4/projects/42/issues", request.Path);
        Assert.Equal("glpat-token456", request.Headers["PRIVATE-TOKEN"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        using var json = request.Json();
        var root = json.RootElement;
        Assert.Equal(["title", "description", "labels"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Notices.Title, root.GetProperty("title").GetString());
        Assert.Equal(NoticeRenderer.Markdown(Notices.TwoFindings), root.GetProperty("description").GetString());
        Assert.Equal("security,sightline,critical", root.GetProperty("labels").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"html_url":"javascript:alert(1)"}""")]
    [InlineData("""["https://github.com/acme/payments/issues/7"]""")]
    [InlineData("""{"html_url":7}""")]
    public async Task AnIssueResponseWithoutAWebAddressIsDeliveredWithoutLocation(string body)
    {
        var (result, _) = await SendAsync(NoticeFormat.GitHubIssue, "/repos/acme/payments/issues", "t", Reply.Status(201, "Created", body));

        Assert.Equal(new DeliveryResult(true, 1, "delivered: 201 Created", null), result);
    }
}
