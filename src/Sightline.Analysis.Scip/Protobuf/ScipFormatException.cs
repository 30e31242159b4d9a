namespace Sightline.Analysis.Scip.Protobuf;

/// <summary>An index.scip that is not a SCIP index: malformed or truncated protobuf, too large, too deep.</summary>
public sealed class ScipFormatException : Exception
{
    public ScipFormatException()
    {
    }

    public ScipFormatException(string message)
        : base(message)
    {
    }

    public ScipFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
