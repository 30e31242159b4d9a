using Sightline.Core.Code;

namespace Sightline.Analysis.Python.Parsing;

/// <summary>
/// Python's tokenizer, iteratively: logical lines (newlines inside brackets and after a backslash are
/// joined), INDENT/DEDENT from the indentation stack (a tab advances to the next multiple of 8, as CPython
/// does), strings with every prefix including triple-quoted and f-strings. Errors become warnings and the
/// tokenizer carries on: an unclosed bracket is closed when a line starting a new definition appears at
/// column 1, so one typo does not swallow the rest of the file.
/// </summary>
internal sealed partial class Tokenizer(string text, List<CodeWarning> warnings)
{
    private static readonly string[] Restarters = ["def ", "class ", "async def ", "import ", "from ", "@"];

    private readonly List<Token> _tokens = new(text.Length / 4);
    private readonly Stack<int> _indents = new([0]);
    private readonly Stack<(char Close, int Line)> _brackets = new();
    /// <summary>f-strings nest (3.12); their fields are tokenized this many levels down.</summary>
    private const int MaxFieldDepth = 8;

    private int _pos;
    private int _depth;
    private int _line = 1;
    private int _lineStart;
    private bool _mixedWarned;
    private bool _tabIndents;
    private bool _spaceIndents;

    public List<Token> Tokenize()
    {
        var atLineStart = true;
        while (_pos < text.Length)
        {
            if (atLineStart && _brackets.Count == 0)
            {
                atLineStart = false;
                Indentation();
            }

            var c = text[_pos];
            if (c is ' ' or '\t' or '\f')
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < text.Length && text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '\\' && _pos + 1 < text.Length && (text[_pos + 1] == '\n' || text[_pos + 1] == '\r'))
            {
                _pos += text[_pos + 1] == '\r' && _pos + 2 < text.Length && text[_pos + 2] == '\n' ? 3 : 2;
                NewLine();
            }
            else if (c is '\n' or '\r')
            {
                _pos += c == '\r' && _pos + 1 < text.Length && text[_pos + 1] == '\n' ? 2 : 1;
                if (_brackets.Count == 0)
                {
                    EndLogicalLine();
                }

                NewLine();
                atLineStart = _brackets.Count == 0;
                if (_brackets.Count > 0 && RestartsAtColumnOne())
                {
                    var (close, line) = _brackets.Peek();
                    warnings.Add(new CodeWarning($"syntax error: '{close}' expected to close the bracket opened on line {line}", line));
                    _brackets.Clear();
                    EndLogicalLine();
                    atLineStart = true;
                }
            }
            else
            {
                Lex(c);
            }
        }

        if (_brackets.Count > 0)
        {
            var (close, line) = _brackets.Peek();
            warnings.Add(new CodeWarning($"syntax error: '{close}' expected to close the bracket opened on line {line}", line));
        }

        EndLogicalLine();
        while (_indents.Count > 1)
        {
            _indents.Pop();
            Add(TokenKind.Dedent, string.Empty, _pos);
        }

        return _tokens;
    }

    private bool RestartsAtColumnOne()
    {
        foreach (var restarter in Restarters)
        {
            if (string.CompareOrdinal(text, _pos, restarter, 0, restarter.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _pos;
    }

    private void EndLogicalLine()
    {
        if (_tokens.Count > 0 && _tokens[^1].Kind is not (TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent))
        {
            Add(TokenKind.Newline, string.Empty, _pos);
        }
    }

    private void Add(TokenKind kind, string value, int offset) =>
        _tokens.Add(new Token(kind, value, _line, offset - _lineStart + 1, _line, offset));
}
