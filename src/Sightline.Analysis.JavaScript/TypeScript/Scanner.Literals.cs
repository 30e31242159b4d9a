namespace Sightline.Analysis.JavaScript.TypeScript;

internal sealed partial class Scanner
{
    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                _newline = true;
                _pos++;
            }
            else if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
            {
                while (_pos < _text.Length && _text[_pos] is not ('\n' or '\r'))
                {
                    _pos++;
                }
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
            {
                var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                end = end < 0 ? _text.Length : end + 2;
                if (_text.AsSpan(_pos, end - _pos).IndexOfAny('\n', '\r') >= 0)
                {
                    _newline = true;
                }

                _pos = end;
            }
            else
            {
                return;
            }
        }
    }

    private void ScanNumber()
    {
        var start = _pos;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.')
            {
                _pos++;
            }
            else if (c is '+' or '-' && _text[_pos - 1] is 'e' or 'E' && !_text.AsSpan(start, _pos - start).StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                _pos++;
            }
            else
            {
                break;
            }
        }

        Add(TokenKind.Number, start);
    }

    private void ScanString(char quote)
    {
        var start = _pos++;
        while (_pos < _text.Length && _text[_pos] != quote && _text[_pos] is not ('\n' or '\r'))
        {
            _pos += _text[_pos] == '\\' ? 2 : 1;
        }

        _pos = Math.Min(_pos + 1, _text.Length);
        Add(TokenKind.String, start);
    }

    private void ScanTemplate()
    {
        var start = _pos++;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\\')
            {
                _pos += 2;
            }
            else if (c == '`')
            {
                _pos++;
                Add(TokenKind.Template, start);
                return;
            }
            else if (c == '$' && _pos + 1 < _text.Length && _text[_pos + 1] == '{')
            {
                _pos += 2;
                Add(TokenKind.Template, start);
                if (++_nesting > MaxNesting)
                {
                    _pos = _text.Length;
                    return;
                }

                ScanCode(untilBrace: true);
                _nesting--;
                start = _pos;
                if (_pos < _text.Length)
                {
                    _pos++;
                }
            }
            else
            {
                _pos++;
            }
        }

        Add(TokenKind.Template, start);
    }

    private void ScanRegex()
    {
        var start = _pos++;
        var inClass = false;
        while (_pos < _text.Length && _text[_pos] is not ('\n' or '\r'))
        {
            var c = _text[_pos];
            if (c == '\\')
            {
                _pos += 2;
                continue;
            }

            _pos++;
            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (c == '/' && !inClass)
            {
                break;
            }
        }

        while (_pos < _text.Length && char.IsAsciiLetter(_text[_pos]))
        {
            _pos++;
        }

        _pos = Math.Min(_pos, _text.Length);
        Add(TokenKind.Regex, start);
    }

    private void ScanPunctuator()
    {
        var start = _pos;
        foreach (var punctuator in Punctuators)
        {
            if (string.CompareOrdinal(_text, _pos, punctuator, 0, punctuator.Length) == 0
                && !(punctuator == "?." && _pos + 2 < _text.Length && char.IsAsciiDigit(_text[_pos + 2])))
            {
                _pos += punctuator.Length;
                Add(TokenKind.Punctuator, start);
                return;
            }
        }

        // `>` is always one token: a type argument list may close with `>>`.
        _pos++;
        Add(TokenKind.Punctuator, start);
    }
}
