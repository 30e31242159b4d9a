using System.Diagnostics.CodeAnalysis;

namespace Sightline.Remediation.Patching.Npm;

/// <summary>A strict JSON parser that keeps each value's character offsets (System.Text.Json gives UTF-8 byte offsets).</summary>
internal sealed partial class JsonSpanParser
{
    private const int MaxDepth = 128;
    private readonly string _text;
    private int _position;

    private JsonSpanParser(string text) => _text = text;

    /// <summary>The root value, or null with the reason and the line where parsing stopped.</summary>
    public static JsonSpan? TryParse(string text, out string? error)
    {
        var parser = new JsonSpanParser(text);
        try
        {
            // A UTF-8 BOM decoded into the string stays in the text and is skipped here.
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                parser._position = 1;
            }

            var root = parser.Value(0);
            parser.SkipWhitespace();
            if (parser._position != text.Length)
            {
                parser.Fail("text after the JSON value");
            }

            error = null;
            return root;
        }
        catch (FormatException exception)
        {
            error = exception.Message;
            return null;
        }
    }

    private JsonSpan Value(int depth)
    {
        if (depth > MaxDepth)
        {
            Fail("nested too deeply");
        }

        SkipWhitespace();
        if (_position >= _text.Length)
        {
            Fail("unexpected end of the file");
        }

        return _text[_position] switch
        {
            '{' => ObjectValue(depth),
            '[' => ArrayValue(depth),
            '"' => StringValue(),
            _ => ScalarValue(),
        };
    }

    private JsonSpan ObjectValue(int depth)
    {
        var span = new JsonSpan(JsonKind.Object, _position++);
        SkipWhitespace();
        if (Peek() == '}')
        {
            span.End = ++_position;
            return span;
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                Fail("expected a member name");
            }

            var key = StringValue();
            SkipWhitespace();
            Expect(':');
            span.Members.Add(new JsonMember(key.Text!, key.Start, Value(depth + 1)));
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect('}');
            span.End = _position;
            return span;
        }
    }

    private JsonSpan ArrayValue(int depth)
    {
        var span = new JsonSpan(JsonKind.Array, _position++);
        SkipWhitespace();
        if (Peek() == ']')
        {
            span.End = ++_position;
            return span;
        }

        while (true)
        {
            Value(depth + 1);
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect(']');
            span.End = _position;
            return span;
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            Fail($"expected '{c}'");
        }

        _position++;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n')
        {
            _position++;
        }
    }

    [DoesNotReturn]
    private void Fail(string message)
    {
        var line = 1;
        for (var i = 0; i < _position && i < _text.Length; i++)
        {
            line += _text[i] == '\n' ? 1 : 0;
        }

        throw new FormatException($"line {line}: {message}");
    }
}
