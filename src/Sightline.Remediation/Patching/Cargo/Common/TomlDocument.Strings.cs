using System.Globalization;
using System.Text;

namespace Sightline.Remediation.Patching.Cargo.Common;

/// <summary>Strings: basic and literal, single- and multi-line; escapes decoded, and flagged so no edit lands inside them.</summary>
internal sealed partial class TomlDocument
{
    private TomlValue ReadString()
    {
        var quote = Current;
        var start = _pos;
        var triple = Peek(1) == quote && Peek(2) == quote;
        var quoteLength = triple ? 3 : 1;
        _pos += quoteLength;
        var content = new StringBuilder();
        var escaped = false;
        while (true)
        {
            if (_pos >= _text.Length || (!triple && Current is '\n' or '\r'))
            {
                throw new TomlException("unterminated string", start);
            }

            if (Current == quote && (!triple || (Peek(1) == quote && Peek(2) == quote)))
            {
                _pos += quoteLength;
                return new TomlValue
                {
                    Kind = TomlValueKind.String, Start = start, End = _pos, Text = content.ToString(),
                    Escaped = escaped || triple, QuoteLength = quoteLength,
                };
            }

            if (Current == '\\' && quote == '"')
            {
                escaped = true;
                content.Append(Unescape());
            }
            else
            {
                content.Append(Current);
                _pos++;
            }
        }
    }

    private string Unescape()
    {
        var code = Peek(1);
        _pos += 2;
        var hexLength = code switch { 'u' => 4, 'U' => 8, _ => 0 };
        if (hexLength > 0)
        {
            if (_pos + hexLength > _text.Length
                || !int.TryParse(_text.AsSpan(_pos, hexLength), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var scalar)
                || !System.Text.Rune.IsValid(scalar))
            {
                throw new TomlException("invalid unicode escape", _pos);
            }

            _pos += hexLength;
            return char.ConvertFromUtf32(scalar);
        }

        return code switch
        {
            'n' => "\n", 't' => "\t", 'r' => "\r", 'b' => "\b", 'f' => "\f", '"' => "\"", '\\' => "\\",
            // A line-ending backslash in a multi-line string joins lines; the text is not needed exactly.
            _ => code.ToString(),
        };
    }
}
