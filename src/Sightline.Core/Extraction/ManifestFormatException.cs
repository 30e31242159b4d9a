namespace Sightline.Core.Extraction;

/// <summary>A manifest or lockfile is malformed. Parsers throw it; extractors turn it into an <see cref="ExtractionError"/>.</summary>
public sealed class ManifestFormatException : Exception
{
    public ManifestFormatException()
    {
    }

    public ManifestFormatException(string message)
        : base(message)
    {
    }

    public ManifestFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ManifestFormatException(string message, long? line, long? column, Exception? innerException = null)
        : base(message, innerException)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line, when known.</summary>
    public long? Line { get; }

    /// <summary>1-based column, when known.</summary>
    public long? Column { get; }
}
