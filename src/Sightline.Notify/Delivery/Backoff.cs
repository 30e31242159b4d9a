namespace Sightline.Notify.Delivery;

/// <summary>The wait before the next attempt.</summary>
internal static class Backoff
{
    /// <summary>Up to this share of a delay is taken off at random, so senders that failed together do not retry together.</summary>
    public const double JitterShare = 0.2;

    /// <param name="attempt">The attempt that just failed, from 1.</param>
    /// <param name="retryAfter">The server's Retry-After, honoured as given (no jitter) up to the cap.</param>
    /// <param name="random">In [0, 1): the jitter.</param>
    public static TimeSpan Next(RetryPolicy policy, int attempt, TimeSpan? retryAfter, double random)
    {
        var cap = policy.MaxDelay < TimeSpan.Zero ? TimeSpan.Zero : policy.MaxDelay;
        if (retryAfter is { } wait)
        {
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
        }

        var initial = Math.Max(0, policy.InitialDelay.TotalMilliseconds);
        var exponential = initial * Math.Pow(2, Math.Min(attempt - 1, 30));
        var capped = Math.Min(exponential, cap.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (1 - (JitterShare * Math.Clamp(random, 0, 1))));
    }
}
