namespace Sightline.Analysis.Python;

/// <summary>Limits for hostile input.</summary>
public sealed record PythonAnalyserOptions
{
    /// <summary>Bigger files are generated code (protobuf stubs, vendored bundles): skipped, said so (1 MiB).</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Time allowed for one file (tokenize and walk) before it is skipped as "timed out".</summary>
    public TimeSpan FileTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
