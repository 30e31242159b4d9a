namespace Sightline.Advisories.Osv;

/// <summary>An OSV record is malformed: bad JSON or YAML, a missing id, a value of the wrong kind.</summary>
public sealed class OsvFormatException : Exception
{
    public OsvFormatException()
    {
    }

    public OsvFormatException(string message)
        : base(message)
    {
    }

    public OsvFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OsvFormatException(string message, long? line, long? column, Exception? innerException = null)
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
