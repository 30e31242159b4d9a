using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Parsing;

/// <summary>A syntax error: the parser skips to the next statement or declaration and records it.</summary>
#pragma warning disable CA1064, CA1032 // internal control flow, never leaves the parser
internal sealed class GoSyntaxException(string message, int line) : Exception(message)
#pragma warning restore CA1064, CA1032
{
    public int Line { get; } = line;
}

/// <summary>
/// A recursive-descent parser for the parts of Go that binding needs: declarations, statements and
/// expressions, with types read as expressions. Errors recover at the enclosing statement or top-level
/// declaration; nesting deeper than <see cref="MaxDepth"/> is an error, so recursion stays bounded.
/// </summary>
internal sealed partial class Parser
{
    public const int MaxDepth = 300;

    private readonly List<Token> _tokens;
    private readonly CancellationToken _cancellation;
    private readonly List<(string, int)> _errors = [];
    private int _p;
    private int _depth;

    /// <summary>Below zero inside if/for/switch headers, where `T {` opens the block, not a composite literal.</summary>
    private int _exprLev;

    private Parser(List<Token> tokens, CancellationToken cancellation)
    {
        _tokens = tokens;
        _cancellation = cancellation;
    }

    private Token Tok => _tokens[_p];

    private Token Peek(int n = 1) => _tokens[Math.Min(_p + n, _tokens.Count - 1)];

    public static GoFile Parse(string source, CancellationToken cancellation) =>
        new Parser(Lexer.Tokenize(source), cancellation).ParseFile();

    private Token Next()
    {
        var t = _tokens[_p];
        if (_p < _tokens.Count - 1)
        {
            _p++;
        }

        if ((_p & 1023) == 0)
        {
            _cancellation.ThrowIfCancellationRequested();
        }

        return t;
    }

    private bool Accept(string text)
    {
        if (Tok.Is(text))
        {
            Next();
            return true;
        }

        return false;
    }

    private Token Expect(string text)
    {
        if (!Tok.Is(text))
        {
            throw Error($"expected '{text}'");
        }

        return Next();
    }

    private Ident ExpectIdent()
    {
        if (Tok.Kind != TokenKind.Ident)
        {
            throw Error("expected identifier");
        }

        var t = Next();
        return new Ident(t.Text, t.Line, t.Column, t.Start, t.End);
    }

    private void ExpectSemi()
    {
        if (AtSemi)
        {
            Next();
        }
        else if (!Tok.Is(")") && !Tok.Is("}") && Tok.Kind != TokenKind.Eof)
        {
            throw Error("expected ';' or newline");
        }
    }

    private bool AtSemi => Tok.Kind == TokenKind.Semi;

    private GoSyntaxException Error(string message)
    {
        var found = Tok.Kind == TokenKind.Eof ? "end of file" : Tok.Kind == TokenKind.Semi ? "newline" : $"'{Tok.Text}'";
        return new GoSyntaxException($"{message}, found {found}", Tok.Line);
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new GoSyntaxException($"nesting deeper than {MaxDepth} levels", Tok.Line);
        }
    }

    private void Leave() => _depth = Math.Max(0, _depth - 1);

    private int PrevEnd => _p == 0 ? 0 : _tokens[_p - 1].End;

    private int PrevLine => _p == 0 ? 1 : _tokens[_p - 1].Line;
}
