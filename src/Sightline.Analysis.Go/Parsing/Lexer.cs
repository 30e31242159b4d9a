namespace Sightline.Analysis.Go.Parsing;

/// <summary>
/// The Go tokenizer: comments dropped, semicolons inserted at line ends as the spec says (after an
/// identifier, a literal, break/continue/fallthrough/return, ++ -- ) ] }). Never throws: a stray character
/// becomes an operator token the parser reports, an unterminated literal ends at the line or file end.
/// </summary>
internal sealed partial class Lexer
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func",
        "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct",
        "switch", "type", "var",
    };

    private static readonly string[] Operators =
    [
        "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=", "-=", "*=",
        "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "~",
        "+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":",
    ];

    private readonly string _src;
    private readonly List<Token> _tokens = [];
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    /// <summary>Where the last token ended: an inserted semicolon stands there.</summary>
    private int _lastLine = 1;
    private int _lastEndColumn = 1;

    private Lexer(string src) => _src = src;

    public static List<Token> Tokenize(string src)
    {
        var lexer = new Lexer(src);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (true)
        {
            var newline = SkipSpaceAndComments();
            if (newline && NeedsSemicolon())
            {
                _tokens.Add(new Token(TokenKind.Semi, "\n", _lastLine, _lastEndColumn, _pos, _pos));
            }

            if (_pos >= _src.Length)
            {
                if (NeedsSemicolon())
                {
                    _tokens.Add(new Token(TokenKind.Semi, "\n", _lastLine, _lastEndColumn, _pos, _pos));
                }

                _tokens.Add(new Token(TokenKind.Eof, "", _line, _pos - _lineStart + 1, _pos, _pos));
                return;
            }

            ReadToken();
        }
    }

    private bool NeedsSemicolon()
    {
        if (_tokens.Count == 0)
        {
            return false;
        }

        var last = _tokens[^1];
        return last.Kind switch
        {
            TokenKind.Ident or TokenKind.Int or TokenKind.Float or TokenKind.Imag or TokenKind.Char or TokenKind.String => true,
            TokenKind.Keyword => last.Text is "break" or "continue" or "fallthrough" or "return",
            TokenKind.Op => last.Text is "++" or "--" or ")" or "]" or "}",
            _ => false,
        };
    }

    /// <summary>Skips blanks and comments; true when a newline was crossed (a multi-line comment counts).</summary>
    private bool SkipSpaceAndComments()
    {
        var newline = false;
        while (_pos < _src.Length)
        {
            var c = _src[_pos];
            if (c == '\n')
            {
                newline = true;
                NewLine(_pos + 1);
            }
            else if (c is ' ' or '\t' or '\r' or '\uFEFF')
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < _src.Length && _src[_pos + 1] == '/')
            {
                var end = _src.IndexOf('\n', _pos);
                _pos = end < 0 ? _src.Length : end;
            }
            else if (c == '/' && _pos + 1 < _src.Length && _src[_pos + 1] == '*')
            {
                var end = _src.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                var stop = end < 0 ? _src.Length : end + 2;
                for (var i = _pos; i < stop; i++)
                {
                    if (_src[i] == '\n')
                    {
                        newline = true;
                        _line++;
                        _lineStart = i + 1;
                    }
                }

                _pos = stop;
            }
            else
            {
                break;
            }
        }

        return newline;
    }

    private void NewLine(int next)
    {
        _line++;
        _pos = next;
        _lineStart = next;
    }

    private void Add(TokenKind kind, int start)
    {
        var column = start - _lineStart + 1;
        _tokens.Add(new Token(kind, _src[start.._pos], _line, column, start, _pos));
        _lastLine = _line;
        _lastEndColumn = _pos - _lineStart + 1;
    }
}
