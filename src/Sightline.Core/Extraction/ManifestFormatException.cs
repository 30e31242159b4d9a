namespace Sightline.Core.Extraction;

/// <summary>
/// An input file is malformed: a manifest, a lockfile, an OSV record. Parsers throw it with the line and
/// column where they know them; callers turn it into a per-file error.
/// </summary>
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
