namespace Sightline.Analysis.JavaScript;

/// <summary>Limits for hostile input.</summary>
public sealed record JavaScriptAnalyserOptions
{
    /// <summary>Bigger files are bundles, minified or generated code: skipped, said so (1 MiB).</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Time allowed for one file (parse and walk) before it is skipped as "timed out".</summary>
    public TimeSpan FileTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Average line length above which a file is taken for minified code.</summary>
    public int MinifiedLineLength { get; init; } = 300;
}
