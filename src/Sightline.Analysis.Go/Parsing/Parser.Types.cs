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
