namespace Sightline.Notify;

/// <summary>
/// Attempts, exponential backoff (doubling from <see cref="InitialDelay"/>, capped at <see cref="MaxDelay"/>,
/// with jitter) and a timeout per attempt covering connect, headers and body.
/// </summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan InitialDelay, TimeSpan MaxDelay, TimeSpan AttemptTimeout)
{
    /// <summary>4 attempts, 1 s doubling to at most 16 s, 15 s per attempt.</summary>
    public static RetryPolicy Default { get; } = new(4, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(16), TimeSpan.FromSeconds(15));
}
