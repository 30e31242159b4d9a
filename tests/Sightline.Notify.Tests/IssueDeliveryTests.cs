using Xunit;
using static Sightline.Notify.Tests.SendOnce;

namespace Sightline.Notify.Tests;

/// <summary>GitHub and GitLab create-issue requests on the wire, and the issue page read back.</summary>
public sealed class IssueDeliveryTests
{
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
