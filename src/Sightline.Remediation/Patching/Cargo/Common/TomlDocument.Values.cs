namespace Sightline.Remediation.Patching.Cargo.Common;

/// <summary>Keys and values: arrays, inline tables, other scalars (strings are in TomlDocument.Strings.cs).</summary>
internal sealed partial class TomlDocument
{
    private List<string> ReadKey()
    {
        var parts = new List<string>();
        while (true)
        {
            SkipBlank(newlines: false);
            if (Current is '"' or '\'')
            {
                parts.Add(ReadString().Text);
            }
            else
            {
                var start = _pos;
                while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(Current) || Current is '_' or '-'))
                {
                    _pos++;
                }

                if (_pos == start)
                {
                    throw new TomlException("expected a key", _pos);
                }

                parts.Add(_text[start.._pos]);
            }

            SkipBlank(newlines: false);
            if (Current != '.')
            {
                return parts;
            }

            _pos++;
        }
    }

    private TomlValue ReadValue()
    {
        if (++_depth > MaxDepth)
        {
            throw new TomlException("values nested too deeply", _pos);
        }

        try
        {
            return Current switch
            {
                '"' or '\'' => ReadString(),
                '[' => ReadArray(),
                '{' => ReadInlineTable(),
                _ => ReadScalar(),
            };
        }
        finally
        {
            _depth--;
        }
    }

    private TomlValue ReadScalar()
    {
        var start = _pos;
        while (_pos < _text.Length && Current is not (',' or ']' or '}' or '#' or '\r' or '\n'))
        {
            _pos++;
        }

        var end = _pos;
        while (end > start && _text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        return end == start
            ? throw new TomlException("expected a value", start)
            : new TomlValue { Kind = TomlValueKind.Other, Start = start, End = end, Text = _text[start..end] };
    }

    private TomlValue ReadArray()
    {
        var start = _pos++;
        var items = new List<TomlValue>();
        while (true)
        {
            SkipBlank(newlines: true);
            if (Current == ']')
            {
                _pos++;
                return new TomlValue { Kind = TomlValueKind.Array, Start = start, End = _pos, Items = items };
            }

            items.Add(ReadValue());
            SkipBlank(newlines: true);
            if (Current == ',')
            {
                _pos++;
            }
            else if (Current != ']')
            {
                throw new TomlException("expected ',' or ']' in an array", _pos);
            }
        }
    }

    private TomlValue ReadInlineTable()
    {
        var start = _pos++;
        var entries = new List<TomlEntry>();
        while (true)
        {
            SkipBlank(newlines: true);
            if (Current == '}')
            {
                _pos++;
                return new TomlValue { Kind = TomlValueKind.InlineTable, Start = start, End = _pos, Entries = entries };
            }

            var keyStart = _pos;
            var key = ReadKey();
            Expect("=");
            SkipBlank(newlines: false);
            entries.Add(new TomlEntry([], key, ReadValue(), keyStart));
            SkipBlank(newlines: true);
            if (Current == ',')
            {
                _pos++;
            }
            else if (Current != '}')
            {
                throw new TomlException("expected ',' or '}' in an inline table", _pos);
            }
        }
    }
}
