using System.Runtime.ExceptionServices;

namespace Sightline.Core.Code;

/// <summary>
/// Runs an analyser's work on a thread with a large stack and waits for it: parsers and walks recurse
/// (depth-capped), and deeply nested source must end as a warning, never as a stack overflow that kills
/// the process. An exception is rethrown on the caller's thread with its original stack trace.
/// </summary>
public static class AnalysisThread
{
    public static T Run<T>(string name, int stackBytes, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
#pragma warning disable CA1031 // Captured and rethrown on the caller's thread below.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
            },
            stackBytes)
        {
            Name = name,
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
