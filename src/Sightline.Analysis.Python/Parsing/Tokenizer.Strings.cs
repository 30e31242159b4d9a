using Sightline.Core.Code;

namespace Sightline.Analysis.Python.Parsing;

internal sealed partial class Tokenizer
{
    /// <summary>
    /// A string literal from its prefix at <paramref name="start"/>: single or triple quotes, escapes
    /// (not in raw strings, where a backslash still protects the quote). An f-string's replacement fields
    /// may hold nested quotes (Python 3.12): braces are tracked so those do not end the literal.
    /// </summary>
    private void LexString(int start)
    {
        var startLine = _line;
        var startColumn = start - _lineStart + 1;
        var isF = false;
        for (var i = start; i < _pos; i++)
        {
            isF |= text[i] is 'f' or 'F';
        }

        var quote = text[_pos];
        var triple = _pos + 2 < text.Length && text[_pos + 1] == quote && text[_pos + 2] == quote;
        _pos += triple ? 3 : 1;
        var braces = 0;
        while (true)
        {
            if (_pos >= text.Length)
            {
                warnings.Add(new CodeWarning("syntax error: unterminated string literal", startLine));
                break;
            }

            var c = text[_pos];
            if (c == '\\' && _pos + 1 < text.Length)
            {
                if (text[_pos + 1] == '\n')
                {
                    _pos += 2;
                    NewLine();
                }
                else
                {
                    _pos += 2;
                }

                continue;
            }

            if (c == '\n')
            {
                if (!triple && braces == 0)
                {
                    warnings.Add(new CodeWarning("syntax error: unterminated string literal", startLine));
                    break;
                }

                _pos++;
                NewLine();
                continue;
            }

            if (isF && c == '{')
            {
                braces += _pos + 1 < text.Length && text[_pos + 1] == '{' && braces == 0 ? 0 : 1;
                _pos += braces == 0 ? 2 : 1;
                continue;
            }

            if (isF && c == '}' && braces > 0)
            {
                braces--;
                _pos++;
                continue;
            }

            if (braces > 0 && c is '\'' or '"')
            {
                SkipNestedString(c);
                continue;
            }

            if (c == quote && (!triple || (_pos + 2 < text.Length && text[_pos + 1] == quote && text[_pos + 2] == quote)))
            {
                _pos += triple ? 3 : 1;
                break;
            }

            _pos++;
        }

        _tokens.Add(new Token(TokenKind.String, text[start..Math.Min(_pos, text.Length)], startLine, startColumn, _line, start));
    }

    /// <summary>A string inside an f-string's replacement field, on one line.</summary>
    private void SkipNestedString(char quote)
    {
        _pos++;
        while (_pos < text.Length && text[_pos] != quote && text[_pos] != '\n')
        {
            _pos += text[_pos] == '\\' ? 2 : 1;
        }

        if (_pos < text.Length && text[_pos] == quote)
        {
            _pos++;
        }
    }
}
