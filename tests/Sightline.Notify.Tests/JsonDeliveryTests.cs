using System.Text.Json;
using Xunit;
using static Sightline.Notify.Tests.SendOnce;

namespace Sightline.Notify.Tests;

/// <summary>The Json format on the wire, as the receiving server saw it.</summary>
public sealed class JsonDeliveryTests
{
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
}
