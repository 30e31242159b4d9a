using Xunit;
using static Sightline.Notify.Tests.SendOnce;

namespace Sightline.Notify.Tests;

/// <summary>Slack and Teams webhook payloads on the wire, as the receiving server saw them.</summary>
public sealed class ChatDeliveryTests
{
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
}
