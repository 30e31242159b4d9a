namespace Sightline.Analysis.Java.Lexing;

/// <summary>Turns Java source into tokens with 1-based lines and columns; comments and whitespace are dropped.</summary>
internal sealed partial class Lexer(string source)
{
    private readonly List<Token> _tokens = new(source.Length / 5);
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public List<(string Message, int Line)> Problems { get; } = [];

    public List<Token> Tokenize()
    {
        while (_pos < source.Length)
        {
            var c = source[_pos];
            if (c == '\n' || c == '\r')
            {
                NewLine();
            }
            else if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_pos < source.Length && source[_pos] != '\n' && source[_pos] != '\r')
                {
                    _pos++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                BlockComment();
            }
            else if (c == '"')
            {
                StringLiteral();
            }
            else if (c == '\'')
            {
                CharLiteral();
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
            {
                Number();
            }
            else if (char.IsLetter(c) || c == '_' || c == '$')
            {
                Identifier();
            }
            else
            {
                Punctuator(c);
            }
        }

        _tokens.Add(new Token(TokenKind.End, "", _line, _pos - _lineStart + 1));
        return _tokens;
    }

    private char Peek(int ahead) => _pos + ahead < source.Length ? source[_pos + ahead] : '\0';

    private int Column => _pos - _lineStart + 1;

    private void NewLine()
    {
        if (source[_pos] == '\r' && Peek(1) == '\n')
        {
            _pos++;
        }

        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private void BlockComment()
    {
        var startLine = _line;
        _pos += 2;
        while (_pos < source.Length && !(source[_pos] == '*' && Peek(1) == '/'))
        {
            if (source[_pos] is '\n' or '\r')
            {
                NewLine();
            }
            else
            {
                _pos++;
            }
        }

        if (_pos >= source.Length)
        {
            Problems.Add(("unterminated comment", startLine));
            return;
        }

        _pos += 2;
    }

    private void Identifier()
    {
        var start = _pos;
        var column = Column;
        while (_pos < source.Length && (char.IsLetterOrDigit(source[_pos]) || source[_pos] is '_' or '$'))
        {
            _pos++;
        }

        var text = source[start.._pos];
        var kind = Keywords.Reserved.Contains(text) ? TokenKind.Keyword : TokenKind.Identifier;
        _tokens.Add(new Token(kind, text, _line, column));
    }

    private void Number()
    {
        var column = Column;
        while (_pos < source.Length && (char.IsAsciiLetterOrDigit(source[_pos]) || source[_pos] is '_' or '.'
            || (source[_pos] is '+' or '-' && source[_pos - 1] is 'e' or 'E' or 'p' or 'P')))
        {
            _pos++;
        }

        _tokens.Add(new Token(TokenKind.Literal, "0", _line, column));
    }

    private void Punctuator(char c)
    {
        var column = Column;
        var two = _pos + 1 < source.Length ? source.AsSpan(_pos, 2) : default;
        string text;
        if (two is "->" or "::")
        {
            text = two.ToString();
        }
        else if (c == '.' && Peek(1) == '.' && Peek(2) == '.')
        {
            text = "...";
        }
        else
        {
            text = c.ToString();
        }

        _pos += text.Length;
        _tokens.Add(new Token(TokenKind.Punctuator, text, _line, column));
    }
}
