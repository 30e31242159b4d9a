namespace Acme.Json;

/// <summary>Thrown when a payload cannot be read with the Acme JSON conventions.</summary>
public sealed class AcmeJsonException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AcmeJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public AcmeJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
