using Sightline.Notify.Delivery;

namespace Sightline.Notify;

/// <summary>
/// Delivers notices: POSTs the rendered payload with retries (network errors, timeouts, 408, 429,
/// 5xx), exponential backoff with jitter and a timeout per attempt, or writes a Markdown file.
/// Outcomes never carry the endpoint or the token.
/// </summary>
public sealed partial class NoticeSender : IDisposable
{
    /// <summary>Response bodies are read up to this size; the rest is never read.</summary>
    internal const int MaxResponseBytes = 1024 * 1024;

    private readonly HttpClient http;
    private readonly bool ownsHttp;
    private readonly RetryPolicy policy;
    private readonly Func<TimeSpan, CancellationToken, Task> delay;

    /// <param name="http">
    /// A client to send with; by default one that does not follow redirects (a redirect would carry a
    /// GitLab PRIVATE-TOKEN to wherever it points) and has no overall timeout (each attempt has one).
    /// </param>
    /// <param name="policy">Retries; <see cref="RetryPolicy.Default"/> when null.</param>
    /// <param name="delay">Waits between attempts; Task.Delay by default (tests pass one that returns at once).</param>
    public NoticeSender(HttpClient? http = null, RetryPolicy? policy = null, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        ownsHttp = http is null;
        this.http = http ?? new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        this.policy = policy ?? RetryPolicy.Default;
        this.delay = delay ?? Task.Delay;
    }

    /// <summary>In [0, 1): the backoff's jitter. Tests fix it to see exact delays.</summary>
    internal Func<double> Jitter { get; set; } = Random.Shared.NextDouble;

    /// <summary>Delivers one notice to one target. Never throws for a delivery failure: the result says what happened.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<DeliveryResult> SendAsync(Notice notice, NotificationTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(target);
        cancellationToken.ThrowIfCancellationRequested();
        if (target.Format == NoticeFormat.Markdown)
        {
            return await MarkdownFolder.WriteAsync(notice, target.Folder!, cancellationToken);
        }

        return await PostAsync(NoticeRenderer.Render(notice, target.Format), target, cancellationToken);
    }

    /// <summary>
    /// POSTs a JSON payload of the caller's own (a pull or merge request) with the same retries, headers and
    /// secret handling as a notice; GitHub and GitLab targets give the created page as the location.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<DeliveryResult> PostAsync(byte[] payload, NotificationTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(target);
        if (target.Format == NoticeFormat.Markdown)
        {
            throw new ArgumentException("a Markdown target writes files; it takes no payload", nameof(target));
        }

        var attempts = Math.Max(1, policy.MaxAttempts);
        for (var attempt = 1; ; attempt++)
        {
            var result = await AttemptAsync(payload, target, cancellationToken);
            if (result.Kind == AttemptKind.Delivered)
            {
                return new DeliveryResult(true, attempt, result.Outcome, result.Location);
            }

            if (result.Kind == AttemptKind.Rejected)
            {
                return new DeliveryResult(false, attempt, result.Outcome, null);
            }

            if (attempt >= attempts)
            {
                return new DeliveryResult(false, attempt, Failures.GaveUp(result.Outcome, attempt), null);
            }

            await delay(Backoff.Next(policy, attempt, result.RetryAfter, Jitter()), cancellationToken);
        }
    }

    public void Dispose()
    {
        if (ownsHttp)
        {
            http.Dispose();
        }
    }
}
