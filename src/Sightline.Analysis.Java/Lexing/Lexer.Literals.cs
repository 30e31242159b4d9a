namespace Sightline.Analysis.Java.Lexing;

internal sealed partial class Lexer
{
    private void StringLiteral()
    {
        var line = _line;
        var column = Column;
        if (Peek(1) == '"' && Peek(2) == '"')
        {
            TextBlock(line, column);
            return;
        }

        _pos++;
        while (_pos < source.Length && source[_pos] != '"')
        {
            if (source[_pos] is '\n' or '\r')
            {
                Problems.Add(("unterminated string", line));
                break;
            }

            _pos += source[_pos] == '\\' ? 2 : 1;
        }

        _pos = Math.Min(_pos + 1, source.Length);
        _tokens.Add(new Token(TokenKind.StringLiteral, "\"\"", line, column));
    }

    private void TextBlock(int line, int column)
    {
        _pos += 3;
        while (_pos < source.Length && !(source[_pos] == '"' && Peek(1) == '"' && Peek(2) == '"'))
        {
            if (source[_pos] is '\n' or '\r')
            {
                NewLine();
            }
            else
            {
                _pos += source[_pos] == '\\' ? 2 : 1;
            }
        }

        if (_pos >= source.Length)
        {
            Problems.Add(("unterminated text block", line));
        }

        _pos = Math.Min(_pos + 3, source.Length);
        _tokens.Add(new Token(TokenKind.StringLiteral, "\"\"", line, column));
    }

    private void CharLiteral()
    {
        var column = Column;
        _pos++;
        while (_pos < source.Length && source[_pos] != '\'' && source[_pos] is not ('\n' or '\r'))
        {
            _pos += source[_pos] == '\\' ? 2 : 1;
        }

        _pos = Math.Min(_pos + 1, source.Length);
        _tokens.Add(new Token(TokenKind.Literal, "'c'", _line, column));
    }
}
