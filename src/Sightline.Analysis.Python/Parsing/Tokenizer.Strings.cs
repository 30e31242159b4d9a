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
        var fields = new List<(int Start, int End, int Line, int LineStart)>();
        var fieldBrackets = 0;
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
                if (braces == 0 && _pos + 1 < text.Length && text[_pos + 1] == '{')
                {
                    _pos += 2;
                    continue;
                }

                if (braces++ == 0)
                {
                    fields.Add((_pos + 1, -1, _line, _lineStart));
                }

                _pos++;
                continue;
            }

            if (isF && braces > 0 && c is '(' or '[' or ')' or ']')
            {
                fieldBrackets += c is '(' or '[' ? 1 : -1;
            }

            if (isF && braces > 0 && (c == '}' || (braces == 1 && fieldBrackets <= 0 && (c == ':' || (c == '!' && _pos + 1 < text.Length && text[_pos + 1] != '=')))))
            {
                // The expression of a replacement field ends at its conversion (!r), format spec (:>10) or brace.
                if (braces == 1 && fields[^1].End < 0)
                {
                    fields[^1] = fields[^1] with { End = _pos };
                }

                braces -= c == '}' ? 1 : 0;
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
        if (fields.Exists(f => f.End > f.Start) && _depth < MaxFieldDepth)
        {
            Fields(fields, start, startLine, startColumn);
        }
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
