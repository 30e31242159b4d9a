using System.Globalization;
using System.Text;

namespace Sightline.Remediation.Patching.Npm;

internal sealed partial class JsonSpanParser
{
    private JsonSpan StringValue()
    {
        var span = new JsonSpan(JsonKind.String, _position++);
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                Fail("unterminated string");
            }

            var c = _text[_position++];
            if (c == '"')
            {
                break;
            }

            if (c < ' ')
            {
                Fail("control character in a string");
            }

            value.Append(c == '\\' ? Escape() : c);
        }

        span.End = _position;
        span.Text = value.ToString();
        return span;
    }

    private char Escape()
    {
        var c = _position < _text.Length ? _text[_position++] : '\0';
        switch (c)
        {
            case '"' or '\\' or '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u' when _position + 4 <= _text.Length
                && ushort.TryParse(_text.AsSpan(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                _position += 4;
                return (char)code;
            default:
                Fail("bad escape in a string");
                return c;
        }
    }

    private JsonSpan ScalarValue()
    {
        var span = new JsonSpan(JsonKind.Scalar, _position);
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
        {
            _position++;
        }

        var token = _text.AsSpan(span.Start, _position - span.Start);
        if (token is not ("true" or "false" or "null")
            && !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            Fail("unexpected character");
        }

        span.End = _position;
        return span;
    }
}
