namespace Sightline.Analysis.Java;

/// <summary>Limits for hostile input.</summary>
public sealed record JavaAnalyserOptions
{
    /// <summary>Bigger files are generated code: skipped, said so (1 MiB).</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Time allowed for one file's walk before it is skipped as "timed out".</summary>
    public TimeSpan FileTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
