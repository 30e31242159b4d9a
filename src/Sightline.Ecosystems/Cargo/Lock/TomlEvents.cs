using Sightline.Core.Extraction;
using Sightline.Ecosystems.Cargo.Toml;
using Tomlyn;
using Tomlyn.Parsing;

namespace Sightline.Ecosystems.Cargo.Lock;

/// <summary>A cursor over Tomlyn's parse events that reports malformed input as format errors with lines.</summary>
internal sealed class TomlEvents(TomlParser parser)
{
    public TomlParseEventKind Current { get; private set; }

    /// <summary>The 1-based line of the current event (0 when Tomlyn does not know it).</summary>
    public long Line { get; private set; }

    public TomlParseEventKind Next()
    {
        try
        {
            if (!parser.MoveNext())
            {
                Current = TomlParseEventKind.None;
                return Current;
            }
        }
        catch (TomlException ex)
        {
            throw TomlInput.ToFormatException(ex);
        }

        Current = parser.Current.Kind;
        if (parser.Current.Line > 0)
        {
            Line = parser.Current.Line;
        }

        return Current;
    }

    public void Expect(TomlParseEventKind kind, string? message = null)
    {
        Next();
        ExpectCurrent(kind, message ?? $"expected {kind}, found {Current}");
    }

    public void ExpectCurrent(TomlParseEventKind kind, string message)
    {
        if (Current != kind)
        {
            throw new ManifestFormatException(message, Line == 0 ? null : Line, null);
        }
    }

    public string PropertyName() => parser.GetPropertyName();

    public string StringValue() => parser.GetString();

    public long Int64() => parser.Current.GetInt64();

    /// <summary>Reads the value after a property name, which must be a string.</summary>
    public string String(string key)
    {
        var line = Line;
        return Next() == TomlParseEventKind.String
            ? parser.GetString()
            : throw new ManifestFormatException($"'{key}' must be a string", line == 0 ? null : line, null);
    }

    /// <summary>Skips the value after a property name: a scalar, or a whole table or array.</summary>
    public void SkipValue()
    {
        var depth = 0;
        do
        {
            switch (Next())
            {
                case TomlParseEventKind.StartTable or TomlParseEventKind.StartArray:
                    depth++;
                    break;
                case TomlParseEventKind.EndTable or TomlParseEventKind.EndArray:
                    depth--;
                    break;
                case TomlParseEventKind.None or TomlParseEventKind.EndDocument:
                    throw new ManifestFormatException("unexpected end of the document", Line == 0 ? null : Line, null);
                default:
                    break;
            }
        }
        while (depth > 0);
    }
}
