namespace Sightline.Core.Code;

/// <summary>Does the repository's code use the vulnerable symbols? Strongest first.</summary>
public enum Verdict
{
    /// <summary>A path from an entry point to a call of a vulnerable symbol exists.</summary>
    Reachable,
    /// <summary>A call site exists, but no path from an entry point to it was found.</summary>
    Called,
    /// <summary>The package (or the symbols' namespace) is imported, and no vulnerable symbol is called.</summary>
    Imported,
    /// <summary>The production code never imports it.</summary>
    NotImported,
    /// <summary>No analyser for the ecosystem, no analysed source, or no symbols for the advisory: treated as affected.</summary>
    Unknown,
}

/// <summary>One step of a trace: at file:line:col, caller calls callee (the source line when it could be read).</summary>
public sealed record TraceFrame(string File, int Line, int Column, string Caller, string Callee, string? Source = null)
{
    /// <summary>The repository the frame is in, when the trace has crossed into an internal library's repository; null for the repository judged.</summary>
    public string? Repository { get; init; }

    /// <summary>The library repository's revision the frame was read at, and why that one (no tag matched the version used).</summary>
    public string? Note { get; init; }
}

/// <summary>A place in the source: a call site of a vulnerable symbol or an import.</summary>
public sealed record CodeLocation(string File, int Line, int Column, string What, string? Caller = null);

/// <summary>
/// A repository × advisory verdict with its evidence: the shortest trace from an entry point for
/// reachable; the call sites for called; the imports for imported. Test code is listed apart and never
/// makes production code reachable. <see cref="UnresolvedCalls"/> counts call sites the analysers could
/// not resolve in this repository's production code (a reachable path may hide among them).
/// </summary>
public sealed record ReachabilityVerdict(Verdict Verdict, string Reason)
{
    public IReadOnlyList<string> Symbols { get; init; } = [];

    public IReadOnlyList<TraceFrame> Trace { get; init; } = [];

    public IReadOnlyList<CodeLocation> CallSites { get; init; } = [];

    public IReadOnlyList<CodeLocation> TestCallSites { get; init; } = [];

    public IReadOnlyList<CodeLocation> Imports { get; init; } = [];

    public int UnresolvedCalls { get; init; }

    /// <summary>"csharp", "javascript": where the evidence came from.</summary>
    public string? Analyser { get; init; }
}
