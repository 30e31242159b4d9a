namespace Sightline.Analysis.Scip.Protobuf;

/// <summary>
/// The parts of a SCIP index (github.com/sourcegraph/scip, scip.proto) that reachability needs. Fields
/// the reader does not model (diagnostics, signature documentation, document text) are skipped.
/// </summary>
public sealed class ScipIndex
{
    public ScipMetadata Metadata { get; init; } = new();

    public IReadOnlyList<ScipDocument> Documents { get; init; } = [];

    public IReadOnlyList<ScipSymbolInformation> ExternalSymbols { get; init; } = [];
}

/// <summary>Metadata: the indexer (tool_info) and the project root it ran in.</summary>
public sealed class ScipMetadata
{
    public int Version { get; init; }

    /// <summary>tool_info.name: "scip-typescript", "scip-python".</summary>
    public string ToolName { get; init; } = "";

    public string ToolVersion { get; init; } = "";

    /// <summary>A URI, "file:///path/to/project".</summary>
    public string ProjectRoot { get; init; } = "";
}

/// <summary>One source file of the index.</summary>
public sealed class ScipDocument
{
    /// <summary>Path relative to the project root, '/' separated.</summary>
    public string RelativePath { get; init; } = "";

    /// <summary>"typescript", "python"; empty when the indexer does not say.</summary>
    public string Language { get; init; } = "";

    public IReadOnlyList<ScipOccurrence> Occurrences { get; init; } = [];

    public IReadOnlyList<ScipSymbolInformation> Symbols { get; init; } = [];
}

/// <summary>A symbol at a range: 0-based [line, character, (line,) character].</summary>
public sealed class ScipOccurrence
{
    public ScipRange Range { get; init; }

    public string Symbol { get; init; } = "";

    public ScipSymbolRoles Roles { get; init; }

    /// <summary>The range of the whole definition (function body included), when the indexer gives it.</summary>
    public ScipRange? EnclosingRange { get; init; }
}

/// <summary>A 0-based half-open range, as SCIP encodes it.</summary>
public readonly record struct ScipRange(int StartLine, int StartCharacter, int EndLine, int EndCharacter)
{
    public bool Contains(ScipRange other) =>
        Compare(StartLine, StartCharacter, other.StartLine, other.StartCharacter) <= 0
        && Compare(other.EndLine, other.EndCharacter, EndLine, EndCharacter) <= 0;

    private static int Compare(int line1, int char1, int line2, int char2) =>
        line1 != line2 ? line1.CompareTo(line2) : char1.CompareTo(char2);
}

[Flags]
public enum ScipSymbolRoles
{
    None = 0,
    Definition = 0x1,
    Import = 0x2,
    WriteAccess = 0x4,
    ReadAccess = 0x8,
    Generated = 0x10,
    Test = 0x20,
    ForwardDefinition = 0x40,
}

/// <summary>What the indexer knows about a symbol.</summary>
public sealed class ScipSymbolInformation
{
    public string Symbol { get; init; } = "";

    /// <summary>SymbolInformation.Kind as a number (Method = 26, Function = 17, Class = 7 …).</summary>
    public int Kind { get; init; }

    public string DisplayName { get; init; } = "";

    public string EnclosingSymbol { get; init; } = "";
}
