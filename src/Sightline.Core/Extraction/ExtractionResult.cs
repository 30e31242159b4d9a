using Sightline.Core.Model;

namespace Sightline.Core.Extraction;

public sealed class ExtractionResult
{
    public List<DependencyGraph> Graphs { get; } = [];

    public List<ExtractionError> Errors { get; } = [];

    /// <summary>Bytes of manifest and lockfile content read, for throughput figures.</summary>
    public long BytesRead { get; set; }

    public void Add(ExtractionResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Graphs.AddRange(other.Graphs);
        Errors.AddRange(other.Errors);
        BytesRead += other.BytesRead;
    }
}

/// <summary>A file that could not be used, and why; line and column where the parser knows them (1-based).</summary>
public sealed record ExtractionError(string File, string Message, long? Line = null, long? Column = null)
{
    public override string ToString() =>
        Line is { } line
            ? Column is { } column ? $"{File}:{line}:{column}: {Message}" : $"{File}:{line}: {Message}"
            : $"{File}: {Message}";
}
