using Xunit;

namespace Sightline.Notify.Tests;

public sealed class RetryTests
{
    private static NotificationTarget Json(LocalHttpServer server) => new("ops", NoticeFormat.Json, server.Url("/hooks/notices"));

    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(s);

    [Fact]
    public async Task ServerErrorsAreRetriedWithDoublingDelaysUntilDelivered()
    {
        await using var server = new LocalHttpServer(Reply.Status(500, "Internal Server Error"), Reply.Status(500, "Internal Server Error"), Reply.Status(201, "Created"));
        using var sender = new RecordingSender();

        var result = await sender.SendAsync(Notices.TwoFindings, Json(server));

        Assert.Equal(new DeliveryResult(true, 3, "delivered: 201 Created", null), result);
        Assert.Equal([Seconds(1), Seconds(2)], sender.Delays);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task PersistentServerErrorsGiveUpAfterMaxAttemptsWithDelaysCappedAtMaxDelay()
    {
        await using var server = new LocalHttpServer(Reply.Status(503, "Service Unavailable"));
        using var sender = new RecordingSender(RecordingSender.Fast with { MaxAttempts = 7 });

        var result = await sender.SendAsync(Notices.TwoFindings, Json(server));

        Assert.Equal(new DeliveryResult(false, 7, "503 Service Unavailable (gave up after 7 attempts)", null), result);
        Assert.Equal([Seconds(1), Seconds(2), Seconds(4), Seconds(8), Seconds(16), Seconds(16)], sender.Delays);
    }

    [Fact]
    public async Task JitterTakesUpToAFifthOffEachDelay()
    {
        await using var server = new LocalHttpServer(Reply.Status(502, "Bad Gateway"));
        using var sender = new RecordingSender(RecordingSender.Fast with { MaxAttempts = 3 }, jitter: 0.5);

        var result = await sender.SendAsync(Notices.TwoFindings, Json(server));

        Assert.Equal("502 Bad Gateway (gave up after 3 attempts)", result.Outcome);
        Assert.Equal([Seconds(0.9), Seconds(1.8)], sender.Delays);
    }

    [Fact]
    public async Task TooManyRequestsHonoursRetryAfterSeconds()
    {
        await using var server = new LocalHttpServer(Reply.Status(429, "Too Many Requests", "", ("Retry-After", "2")), Reply.Status(200, "OK", "ok"));
        using var sender = new RecordingSender();

        var result = await sender.SendAsync(Notices.TwoFindings, Json(server));

        Assert.Equal(new DeliveryResult(true, 2, "delivered: 200 OK", null), result);
        Assert.Equal([Seconds(2)], sender.Delays);
    }

    [Fact]
    public async Task RetryAfterIsCappedAtMaxDelay()
    {
        await using var server = new LocalHttpServer(Reply.Status(429, "Too Many Requests", "", ("Retry-After", "3600")), Reply.Status(204, "No Content"));
        using var sender = new RecordingSender();

        var result = await sender.SendAsync(Notices.TwoFindings, Json(server));

        Assert.Equal(new DeliveryResult(true, 2, "delivered: 204 No Content", null), result);
        Assert.Equal([Seconds(16)], sender.Delays);
    }

    [Fact]
    public async Task RetryAfterAsAPastDateMeansRetryNow()
    {
        await using var server = new LocalHttpServer(Reply.Status(503, "Service Unavailable", "", ("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")), Reply.Status(200, "OK"));
        using var sender = new RecordingSender();

        var result = await sender.SendAsync(Notices.TwoFindings, Json(server));

        Assert.Equal(new DeliveryResult(true, 2, "delivered: 200 OK", null), result);
        Assert.Equal([TimeSpan.Zero], sender.Delays);
    }

    [Fact]
    public async Task RequestTimeoutIsRetried()
    {
        await using var server = new LocalHttpServer(Reply.Status(408, "Request Timeout"), Reply.Status(200, "OK"));
        using var sender = new RecordingSender();

        var result = await sender.SendAsync(Notices.TwoFindings, Json(server));

        Assert.Equal(new DeliveryResult(true, 2, "delivered: 200 OK", null), result);
    }

    [Theory]
    [InlineData(403, "Forbidden", "rejected: 403 Forbidden")]
    [InlineData(404, "Not Found", "rejected: 404 Not Found")]
    [InlineData(422, "Unprocessable Entity", "rejected: 422 Unprocessable Entity")]
    [InlineData(302, "Found", "rejected: 302 Found")]
    public async Task OtherClientErrorsAndRedirectsAreNotRetried(int status, string reason, string outcome)
    {
        await using var server = new LocalHttpServer(Reply.Status(status, reason, "", ("Location", "http://127.0.0.1:1/elsewhere")), Reply.Status(201, "Created"));
        using var sender = new RecordingSender();

        var result = await sender.SendAsync(Notices.TwoFindings, Json(server));

        Assert.Equal(new DeliveryResult(false, 1, outcome, null), result);
        Assert.Empty(sender.Delays);
        Assert.Single(server.Requests);
    }

    [Fact]
    public void DefaultPolicyIsFourAttemptsOneSecondDoublingToSixteenFifteenPerAttempt() =>
        Assert.Equal(new RetryPolicy(4, Seconds(1), Seconds(16), Seconds(15)), RetryPolicy.Default);
}
