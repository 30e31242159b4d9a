namespace Sightline.Notify.Tests;

/// <summary>A sender whose waits return at once and are recorded, with the jitter fixed.</summary>
internal sealed class RecordingSender : IDisposable
{
    private readonly List<TimeSpan> delays = [];

    public RecordingSender(RetryPolicy? policy = null, double jitter = 0, HttpClient? http = null)
    {
        Sender = new NoticeSender(http, policy ?? Fast, (wait, _) =>
        {
            lock (delays)
            {
                delays.Add(wait);
            }

            return Task.CompletedTask;
        })
        {
            Jitter = () => jitter,
        };
    }

    /// <summary>The default policy: waits are recorded, not waited, and a loaded machine never hits the 15 s timeout.</summary>
    public static RetryPolicy Fast { get; } = RetryPolicy.Default;

    public NoticeSender Sender { get; }

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (delays)
            {
                return [.. delays];
            }
        }
    }

    public Task<DeliveryResult> SendAsync(Notice notice, NotificationTarget target, CancellationToken cancellationToken = default) =>
        Sender.SendAsync(notice, target, cancellationToken);

    public void Dispose() => Sender.Dispose();
}
