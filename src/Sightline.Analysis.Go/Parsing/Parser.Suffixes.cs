using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Parsing;

internal sealed partial class Parser
{
    private IndexExpr ParseIndex(Expr x)
    {
        Next();
        _exprLev++;
        var items = new List<Expr>();
        var slice = false;
        while (!Tok.Is("]") && Tok.Kind != TokenKind.Eof)
        {
            if (Accept(":"))
            {
                slice = true;
                continue;
            }

            items.Add(ParseExpr());
            if (!Accept(",") && !Tok.Is(":"))
            {
                break;
            }
        }

        _exprLev--;
        Expect("]");
        return new IndexExpr(x, items, slice, x.Line, x.Column, x.Start, PrevEnd);
    }

    private Call ParseCall(Expr fun)
    {
        Next();
        _exprLev++;
        var args = new List<Expr>();
        while (!Tok.Is(")") && Tok.Kind != TokenKind.Eof)
        {
            args.Add(ParseExpr());
            Accept("...");
            if (!Accept(","))
            {
                break;
            }
        }

        _exprLev--;
        Expect(")");
        return new Call(fun, args, fun.Line, fun.Column, fun.Start, PrevEnd);
    }

    private CompositeLit ParseCompositeLit(Expr? type)
    {
        var open = Expect("{");
        _exprLev++;
        var elements = new List<Expr>();
        while (!Tok.Is("}") && Tok.Kind != TokenKind.Eof)
        {
            var e = ParseElement();
            if (Accept(":"))
            {
                var v = ParseElement();
                e = new KeyValue(e, v, e.Line, e.Column, e.Start, PrevEnd);
            }

            elements.Add(e);
            if (!Accept(","))
            {
                break;
            }
        }

        _exprLev--;
        Expect("}");
        var start = type ?? (Expr)new BadExpr(open.Line, open.Column, open.Start, open.End);
        return new CompositeLit(type, elements, start.Line, start.Column, start.Start, PrevEnd);
    }

    private Expr ParseElement()
    {
        Enter();
        try
        {
            return Tok.Is("{") ? ParseCompositeLit(null) : ParseExpr();
        }
        finally
        {
            Leave();
        }
    }
}
