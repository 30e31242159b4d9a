using Sightline.Core.Extraction;

namespace Sightline.Engine.Indexing;

public enum RepositoryOutcome
{
    Indexed,
    Unchanged,
    Failed,
}

/// <summary>What happened to one repository.</summary>
public sealed record RepositoryReport(
    string Name,
    string Path,
    RepositoryOutcome Outcome,
    string? Revision,
    int Manifests,
    int Packages,
    long BytesParsed,
    IReadOnlyList<ExtractionError> Problems)
{
    /// <summary>Source files analysed this time (new or changed), and those whose stored analysis was kept.</summary>
    public int CodeFilesAnalysed { get; init; }

    public int CodeFilesReused { get; init; }

    /// <summary>Lines of source analysed this time.</summary>
    public long CodeLines { get; init; }
}

/// <summary>The result of one index run.</summary>
/// <param name="ExtractTime">Summed over the parallel workers.</param>
/// <param name="StoreTime">Time the single writer spent in transactions.</param>
public sealed record IndexReport(IReadOnlyList<RepositoryReport> Repositories, IReadOnlyList<string> PathErrors, TimeSpan Elapsed, TimeSpan ExtractTime = default, TimeSpan StoreTime = default)
{
    public int Indexed => Repositories.Count(r => r.Outcome == RepositoryOutcome.Indexed);

    public int Unchanged => Repositories.Count(r => r.Outcome == RepositoryOutcome.Unchanged);

    public int Failed => Repositories.Count(r => r.Outcome == RepositoryOutcome.Failed);

    public int ProblemCount => Repositories.Sum(r => r.Problems.Count) + PathErrors.Count;

    public long BytesParsed => Repositories.Sum(r => r.BytesParsed);

    /// <summary>True when any file, repository or path could not be used.</summary>
    public bool HasProblems => ProblemCount > 0 || Failed > 0;

    /// <summary>Two runs (repositories, then SBOMs) reported as one.</summary>
    public IndexReport Merge(IndexReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new IndexReport([.. Repositories, .. other.Repositories], [.. PathErrors, .. other.PathErrors], Elapsed + other.Elapsed,
            ExtractTime + other.ExtractTime, StoreTime + other.StoreTime);
    }
}

/// <summary>Progress while indexing: repositories done out of those discovered.</summary>
public sealed record IndexProgress(int Done, int Total, string? Current);
