namespace Sightline.Analysis.JavaScript.Walk;

/// <summary>The per-file time limit, checked every few hundred steps so the check costs nothing.</summary>
internal sealed class Budget(TimeSpan limit, CancellationToken cancellationToken)
{
    private readonly long _deadline = Environment.TickCount64 + (long)limit.TotalMilliseconds;
    private int _steps;

    public void Step()
    {
        if (++_steps % 512 != 0)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (Environment.TickCount64 > _deadline)
        {
            throw new TimeoutException();
        }
    }
}
