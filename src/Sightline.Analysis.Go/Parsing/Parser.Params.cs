using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Parsing;

internal sealed partial class Parser
{
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
}
