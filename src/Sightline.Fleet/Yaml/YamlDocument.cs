namespace Sightline.Fleet.Yaml;

/// <summary>One document of a YAML stream; <see cref="Root"/> is a null scalar for an empty document.</summary>
internal sealed record YamlDocument(YamlNode Root, int Line)
{
    public YamlMapping? Mapping => Root as YamlMapping;
}

/// <summary>Something wrong in a YAML stream, where it was found.</summary>
internal sealed record YamlError(int? Line, int? Column, string Message);

/// <summary>
/// The documents read from a stream, and what went wrong: a document over a limit is skipped and the next
/// ones are still read; a syntax error ends the stream (the parser cannot resynchronise).
/// </summary>
internal sealed record YamlLoadResult(IReadOnlyList<YamlDocument> Documents, IReadOnlyList<YamlError> Errors)
{
    public bool HasSyntaxError { get; init; }
}

/// <summary>The limits a load enforces; defaults suit real Kubernetes, Helm and Backstage files.</summary>
internal sealed record YamlLimits
{
    public static YamlLimits Default { get; } = new();

    /// <summary>Nodes one document may expand to, aliases counted as the subtree they stand for.</summary>
    public long MaxExpandedNodes { get; init; } = 1_000_000;

    /// <summary>Nesting depth, aliases expanded.</summary>
    public int MaxDepth { get; init; } = 128;

    public int MaxDocuments { get; init; } = 10_000;
}
