using Xunit;

namespace Sightline.Notify.Tests;

/// <summary>Servers that hang, ports that refuse, bodies that never end, callers that cancel.</summary>
public sealed class FailureTests
{
    private static NotificationTarget Json(LocalHttpServer server) => new("ops", NoticeFormat.Json, server.Url("/hooks/notices"));

    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(s);

    [Fact]
    public async Task AServerThatNeverAnswersTimesOutEachAttempt()
    {
        await using var server = new LocalHttpServer(Reply.Hang);
        using var sender = new RecordingSender(RecordingSender.Fast with { MaxAttempts = 2, AttemptTimeout = TimeSpan.FromMilliseconds(200) });

        var result = await sender.SendAsync(Notices.TwoFindings, Json(server));

        Assert.Equal(new DeliveryResult(false, 2, "timeout after 0.2 s (gave up after 2 attempts)", null), result);
        Assert.Equal([Seconds(1)], sender.Delays);
    }

    [Fact]
    public async Task AClosedPortIsConnectionRefused()
    {
        var target = new NotificationTarget("ops", NoticeFormat.Json, new Uri($"http://127.0.0.1:{LocalHttpServer.ClosedPort()}/hooks"));
        using var sender = new RecordingSender(RecordingSender.Fast with { MaxAttempts = 3 });

        var result = await sender.SendAsync(Notices.TwoFindings, target);

        Assert.Equal(new DeliveryResult(false, 3, "connection refused (gave up after 3 attempts)", null), result);
        Assert.Equal([Seconds(1), Seconds(2)], sender.Delays);
    }

    [Fact]
    public async Task AnEndlessResponseBodyIsReadOnlyUpToTheLimit()
    {
        await using var server = new LocalHttpServer(Reply.Endless(201, "Created"));
        using var sender = new RecordingSender(RecordingSender.Fast with { AttemptTimeout = TimeSpan.FromSeconds(30) });
        var target = new NotificationTarget("gh", NoticeFormat.GitHubIssue, server.Url("/repos/acme/payments/issues"), "ghp_secret");

        var result = await sender.SendAsync(Notices.TwoFindings, target);

        Assert.Equal(new DeliveryResult(true, 1, "delivered: 201 Created; response over 1 MB not read", null), result);
    }

    [Fact]
    public async Task CancellationDuringAnAttemptThrows()
    {
        await using var server = new LocalHttpServer(Reply.Hang);
        using var sender = new RecordingSender(RecordingSender.Fast with { AttemptTimeout = TimeSpan.FromMinutes(5) });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sender.SendAsync(Notices.TwoFindings, Json(server), cancellation.Token));

        Assert.Equal(cancellation.Token, ex.CancellationToken);
        Assert.Empty(sender.Delays);
    }

    [Fact]
    public async Task CancellationDuringTheWaitStopsRetrying()
    {
        await using var server = new LocalHttpServer(Reply.Status(500, "Internal Server Error"));
        using var cancellation = new CancellationTokenSource();
        using var sender = new NoticeSender(policy: RecordingSender.Fast, delay: async (wait, token) =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(wait, token);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sender.SendAsync(Notices.TwoFindings, Json(server), cancellation.Token));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AlreadyCancelledSendsNothing()
    {
        await using var server = new LocalHttpServer(Reply.Status(200, "OK"));
        using var sender = new RecordingSender();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sender.SendAsync(Notices.TwoFindings, Json(server), new CancellationToken(canceled: true)));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task ACallersClientTimeoutIsReportedAsATimeoutAndTheClientIsNotDisposed()
    {
        await using var server = new LocalHttpServer(Reply.Hang);
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) };
        using (var sender = new NoticeSender(http, RetryPolicy.Default with { MaxAttempts = 1 }))
        {
            var result = await sender.SendAsync(Notices.TwoFindings, Json(server));

            Assert.Equal(new DeliveryResult(false, 1, "timeout after 0.2 s (gave up after 1 attempt)", null), result);
        }

        // A disposed client throws here; the caller's is still usable.
        http.CancelPendingRequests();
        var disposed = new HttpClient();
        disposed.Dispose();
        Assert.Throws<ObjectDisposedException>(disposed.CancelPendingRequests);
    }
}
