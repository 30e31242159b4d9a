using Sightline.Core.Repositories;

namespace Sightline.Engine.Indexing;

public sealed record IndexOptions
{
    /// <summary>Index every path as one repository with this name (only with a single path).</summary>
    public string? AsRepository { get; init; }

    /// <summary>A SCIP index uploaded for the one repository indexed (`index --scip FILE`): analysed as if it were at the repository's root.</summary>
    public string? ScipIndex { get; init; }

    /// <summary>How deep below a given folder to look for .git folders.</summary>
    public int SearchDepth { get; init; } = 3;

    /// <summary>Re-index even when the stored revision is the same.</summary>
    public bool Force { get; init; }

    /// <summary>Repositories processed at once; defaults to the processor count.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public RepositoryScanOptions Scan { get; init; } = new();
}
