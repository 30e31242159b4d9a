namespace Sightline.Analysis.Go;

/// <summary>Limits for hostile input.</summary>
public sealed record GoAnalyserOptions
{
    /// <summary>Bigger files are generated tables or vendored blobs: skipped, said so (1 MiB).</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Time allowed for parsing one file before it is skipped as "timed out".</summary>
    public TimeSpan FileTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
