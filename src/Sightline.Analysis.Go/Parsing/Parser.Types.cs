using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Parsing;

internal sealed partial class Parser
{
    private FuncType ParseSignature(Token start)
    {
        IReadOnlyList<Field> typeParams = Tok.Is("[") ? ParseParams("[", "]") : [];
        var parameters = ParseParams("(", ")");
        IReadOnlyList<Field> results = Tok.Is("(") ? ParseParams("(", ")")
            : StartsType() ? [new Field([], ParseType())]
            : [];
        return new FuncType(typeParams, parameters, results, start.Line, start.Column, start.Start, PrevEnd);
    }

    private bool StartsType() =>
        Tok.Kind == TokenKind.Ident || Tok.Is("*") || Tok.Is("[") || Tok.Is("map") || Tok.Is("chan") || Tok.Is("func")
        || Tok.Is("struct") || Tok.Is("interface") || Tok.Is("<-") || Tok.Is("(");

    /// <summary>
    /// A parameter list: `(a, b int, c ...string)` or `(int, error)`. Names alone are grouped with the next
    /// type once any item has both; otherwise every item is a type.
    /// </summary>
    private List<Field> ParseParams(string open, string close)
    {
        Expect(open);
        var items = new List<(Ident? Name, Expr? Type)>();
        while (!Tok.Is(close) && Tok.Kind != TokenKind.Eof)
        {
            items.Add(ParseParamItem(close));
            if (!Accept(","))
            {
                break;
            }
        }

        Expect(close);
        var fields = new List<Field>();
        if (items.Exists(i => i.Name is not null && i.Type is not null))
        {
            var pending = new List<Ident>();
            foreach (var (name, type) in items)
            {
                if (type is null)
                {
                    pending.Add(name!);
                    continue;
                }

                pending.Add(name ?? new Ident("_", type.Line, type.Column, type.Start, type.End));
                fields.Add(new Field([.. pending], type));
                pending.Clear();
            }
        }
        else
        {
            fields.AddRange(items.Select(i => new Field([], i.Type ?? i.Name!)));
        }

        return fields;
    }

    private (Ident? Name, Expr? Type) ParseParamItem(string close)
    {
        if (Tok.Kind != TokenKind.Ident)
        {
            return (null, ParseUnionType());
        }

        var id = ExpectIdent();
        if (Tok.Is("."))
        {
            _p--;
            return (null, ParseUnionType());
        }

        if (Tok.Is(",") || Tok.Is(close))
        {
            return (id, null);
        }

        if (Tok.Is("[") && !Peek().Is("]"))
        {
            // `a [4]int` (a name, then an array type) or `List[int]` (an instantiated type, no name).
            var open = Next();
            _exprLev++;
            var args = ParseExprList();
            _exprLev--;
            Expect("]");
            if (StartsType() && !Tok.Is("("))
            {
                return (id, new ContainerType("array", null, ParseType(), open.Line, open.Column, open.Start, PrevEnd));
            }

            return (null, new IndexExpr(id, args, false, id.Line, id.Column, id.Start, PrevEnd));
        }

        return (id, ParseUnionType());
    }

    /// <summary>Types, with the `A | ~B` unions of constraints.</summary>
    private Expr ParseUnionType()
    {
        var type = ParseType();
        while (Tok.Is("|"))
        {
            Next();
            type = new Binary(type, "|", ParseType(), type.Line, type.Column, type.Start, PrevEnd);
        }

        return type;
    }

    private Expr ParseType()
    {
        Enter();
        try
        {
            return ParseTypeInner();
        }
        finally
        {
            Leave();
        }
    }

    private Expr ParseTypeInner()
    {
        var t = Tok;
        if (t.Kind == TokenKind.Ident)
        {
            Expr type = ExpectIdent();
            if (Accept("."))
            {
                var sel = ExpectIdent();
                type = new Selector(type, sel.Name, t.Line, t.Column, t.Start, PrevEnd);
            }

            if (Tok.Is("["))
            {
                Next();
                var args = new List<Expr> { ParseUnionType() };
                while (Accept(",") && !Tok.Is("]"))
                {
                    args.Add(ParseUnionType());
                }

                Expect("]");
                type = new IndexExpr(type, args, false, t.Line, t.Column, t.Start, PrevEnd);
            }

            return type;
        }

        switch (t.Text)
        {
            case "*" or "..." or "~" when t.Kind == TokenKind.Op:
                Next();
                return new Unary(t.Text, ParseType(), t.Line, t.Column, t.Start, PrevEnd);
            case "(" when t.Kind == TokenKind.Op:
                Next();
                var inner = ParseType();
                Expect(")");
                return new Paren(inner, t.Line, t.Column, t.Start, PrevEnd);
            case "[" when t.Kind == TokenKind.Op:
                Next();
                Expr? length = null;
                if (!Tok.Is("]"))
                {
                    _exprLev++;
                    length = Accept("...") ? null : ParseExpr();
                    _exprLev--;
                }

                Expect("]");
                return new ContainerType(length is null ? "slice" : "array", null, ParseType(), t.Line, t.Column, t.Start, PrevEnd);
            case "map":
                Next();
                Expect("[");
                var key = ParseType();
                Expect("]");
                return new ContainerType("map", key, ParseType(), t.Line, t.Column, t.Start, PrevEnd);
            case "chan":
                Next();
                Accept("<-");
                return new ContainerType("chan", null, ParseType(), t.Line, t.Column, t.Start, PrevEnd);
            case "<-":
                Next();
                Expect("chan");
                return new ContainerType("chan", null, ParseType(), t.Line, t.Column, t.Start, PrevEnd);
            case "func":
                Next();
                return ParseSignature(t);
            case "struct" or "interface":
                return ParseStructType();
            default:
                throw Error("expected type");
        }
    }
}
