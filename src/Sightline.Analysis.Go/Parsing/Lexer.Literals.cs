namespace Sightline.Analysis.Go.Parsing;

internal sealed partial class Lexer
{
    private void ReadToken()
    {
        var start = _pos;
        var c = _src[_pos];
        if (char.IsLetter(c) || c == '_')
        {
            while (_pos < _src.Length && (char.IsLetterOrDigit(_src[_pos]) || _src[_pos] == '_'))
            {
                _pos++;
            }

            Add(Keywords.Contains(_src[start.._pos]) ? TokenKind.Keyword : TokenKind.Ident, start);
        }
        else if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _src.Length && char.IsAsciiDigit(_src[_pos + 1])))
        {
            ReadNumber(start);
        }
        else if (c == '"' || c == '\'')
        {
            ReadQuoted(start, c);
        }
        else if (c == '`')
        {
            ReadRaw(start);
        }
        else
        {
            foreach (var op in Operators)
            {
                if (string.CompareOrdinal(_src, _pos, op, 0, op.Length) == 0)
                {
                    _pos += op.Length;
                    Add(op == ";" ? TokenKind.Semi : TokenKind.Op, start);
                    return;
                }
            }

            // A character Go does not know: one token the parser will reject, with its line.
            _pos++;
            Add(TokenKind.Op, start);
        }
    }

    private void ReadNumber(int start)
    {
        var kind = TokenKind.Int;
        var hex = _src[_pos] == '0' && _pos + 1 < _src.Length && _src[_pos + 1] is 'x' or 'X';
        while (_pos < _src.Length)
        {
            var c = _src[_pos];
            if (c == '.')
            {
                kind = TokenKind.Float;
            }
            else if ((c is 'e' or 'E' && !hex) || (c is 'p' or 'P' && hex))
            {
                kind = TokenKind.Float;
                if (_pos + 1 < _src.Length && _src[_pos + 1] is '+' or '-')
                {
                    _pos++;
                }
            }
            else if (c == 'i')
            {
                _pos++;
                kind = TokenKind.Imag;
                break;
            }
            else if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                break;
            }

            _pos++;
        }

        Add(kind, start);
    }

    /// <summary>Interpreted strings and runes end at their quote or, unterminated, at the line's end.</summary>
    private void ReadQuoted(int start, char quote)
    {
        _pos++;
        while (_pos < _src.Length && _src[_pos] != quote && _src[_pos] != '\n')
        {
            _pos += _src[_pos] == '\\' && _pos + 1 < _src.Length && _src[_pos + 1] != '\n' ? 2 : 1;
        }

        if (_pos < _src.Length && _src[_pos] == quote)
        {
            _pos++;
        }

        Add(quote == '"' ? TokenKind.String : TokenKind.Char, start);
    }

    /// <summary>Raw strings span lines: the token keeps its first line and column.</summary>
    private void ReadRaw(int start)
    {
        var line = _line;
        var column = start - _lineStart + 1;
        var end = _src.IndexOf('`', _pos + 1);
        var stop = end < 0 ? _src.Length : end + 1;
        for (var i = _pos; i < stop; i++)
        {
            if (_src[i] == '\n')
            {
                _line++;
                _lineStart = i + 1;
            }
        }

        _pos = stop;
        _tokens.Add(new Token(TokenKind.String, _src[start.._pos], line, column, start, _pos));
        _lastLine = _line;
        _lastEndColumn = _pos - _lineStart + 1;
    }
}
