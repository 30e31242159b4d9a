namespace Sightline.Core.Code;

/// <summary>What one source file defines, imports and calls.</summary>
public sealed record FileAnalysis(string Path, string Language)
{
    /// <summary>Test code by the language's conventions: its uses are reported apart and never make production code reachable.</summary>
    public bool IsTest { get; init; }

    /// <summary>Set when the file was not analysed at all (over the size limit, generated, minified, timed out), with the reason.</summary>
    public string? Skipped { get; init; }

    public IReadOnlyList<CodeDefinition> Definitions { get; init; } = [];

    public IReadOnlyList<CodeImport> Imports { get; init; } = [];

    public IReadOnlyList<CodeCall> Calls { get; init; } = [];

    /// <summary>Problems that cost part of the file (a syntax error the parser recovered from), each with its line.</summary>
    public IReadOnlyList<CodeWarning> Warnings { get; init; } = [];

    /// <summary>Lines of code read, for throughput figures.</summary>
    public int Lines { get; init; }
}

/// <summary>A problem in a source file, with its line (1-based) when known.</summary>
public sealed record CodeWarning(string Message, int? Line = null);
