using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Parsing;

internal sealed partial class Parser
{
    private static readonly HashSet<string> BinaryOps = new(StringComparer.Ordinal)
    {
        "||", "&&", "==", "!=", "<", "<=", ">", ">=", "+", "-", "|", "^", "*", "/", "%", "<<", ">>", "&", "&^",
    };

    private List<Expr> ParseExprList()
    {
        var list = new List<Expr> { ParseExpr() };
        while (Tok.Is(","))
        {
            Next();
            list.Add(ParseExpr());
        }

        return list;
    }

    /// <summary>Binary expressions without precedence: binding only needs the operands.</summary>
    private Expr ParseExpr()
    {
        Enter();
        try
        {
            var x = ParseUnary();
            while (Tok.Kind == TokenKind.Op && BinaryOps.Contains(Tok.Text))
            {
                var op = Next().Text;
                var y = ParseUnary();
                x = new Binary(x, op, y, x.Line, x.Column, x.Start, PrevEnd);
            }

            return x;
        }
        finally
        {
            Leave();
        }
    }

    private Expr ParseUnary()
    {
        var t = Tok;
        if (t.Kind == TokenKind.Op && t.Text is "+" or "-" or "!" or "^" or "*" or "&" or "<-" or "~")
        {
            if (t.Text == "<-" && Peek().Is("chan"))
            {
                return ParsePrimary();
            }

            Next();
            Enter();
            try
            {
                return new Unary(t.Text, ParseUnary(), t.Line, t.Column, t.Start, PrevEnd);
            }
            finally
            {
                Leave();
            }
        }

        return ParsePrimary();
    }

    private Expr ParseOperand()
    {
        var t = Tok;
        switch (t.Kind)
        {
            case TokenKind.Ident:
                return ExpectIdent();
            case TokenKind.Int or TokenKind.Float or TokenKind.Imag or TokenKind.Char or TokenKind.String:
                Next();
                return new Literal(t.Text, t.Line, t.Column, t.Start, t.End);
            case TokenKind.Keyword when t.Text == "func":
                Next();
                var type = ParseSignature(t);
                if (!Tok.Is("{"))
                {
                    return type;
                }

                var level = _exprLev;
                _exprLev = 0;
                var body = ParseBlock();
                _exprLev = level;
                return new FuncLit(type, body, body.EndLine, t.Line, t.Column, t.Start, PrevEnd);
            case TokenKind.Op when t.Text == "(":
                Next();
                _exprLev++;
                var inner = ParseExpr();
                _exprLev--;
                Expect(")");
                return new Paren(inner, t.Line, t.Column, t.Start, PrevEnd);
            default:
                if (t.Text is "[" or "map" or "chan" or "struct" or "interface" or "<-")
                {
                    return ParseType();
                }

                throw Error("expected expression");
        }
    }

    private Expr ParsePrimary()
    {
        var x = ParseOperand();
        while (true)
        {
            var t = Tok;
            if (t.Is("."))
            {
                Next();
                if (Accept("("))
                {
                    Expr? type = Accept("type") ? null : ParseType();
                    Expect(")");
                    x = new TypeAssert(x, type, x.Line, x.Column, x.Start, PrevEnd);
                }
                else
                {
                    x = new Selector(x, ExpectIdent().Name, x.Line, x.Column, x.Start, PrevEnd);
                }
            }
            else if (t.Is("["))
            {
                x = ParseIndex(x);
            }
            else if (t.Is("("))
            {
                x = ParseCall(x);
            }
            else if (t.Is("{") && IsLiteralType(x) && (_exprLev >= 0 || x is not (Ident or Selector or IndexExpr)))
            {
                x = ParseCompositeLit(x);
            }
            else
            {
                return x;
            }
        }
    }

    private static bool IsLiteralType(Expr x) =>
        x is Ident or ContainerType or StructType || (x is Selector { X: Ident }) || (x is IndexExpr { X: Ident or Selector });
}
