using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Parsing;

internal sealed partial class Parser
{
    /// <summary>struct fields (named, embedded `T` / `*pkg.T`, tags) and interface methods or embedded types.</summary>
    private StructType ParseStructType()
    {
        var start = Next();
        var isInterface = start.Text == "interface";
        Expect("{");
        var fields = new List<Field>();
        while (!Tok.Is("}") && Tok.Kind != TokenKind.Eof)
        {
            if (AtSemi)
            {
                Next();
                continue;
            }

            fields.Add(isInterface ? ParseInterfaceElement() : ParseStructField());
            if (Tok.Kind == TokenKind.String)
            {
                Next();
            }

            ExpectSemi();
        }

        Expect("}");
        return new StructType(isInterface, fields, start.Line, start.Column, start.Start, PrevEnd);
    }

    private Field ParseStructField()
    {
        if (Tok.Kind != TokenKind.Ident || Peek().Is(".") || Peek().Kind == TokenKind.Semi || Peek().Is("}") || Peek().Kind == TokenKind.String
            || (Peek().Is("[") && EmbedsInstance()))
        {
            return new Field([], ParseType());
        }

        var names = new List<Ident> { ExpectIdent() };
        while (Accept(","))
        {
            names.Add(ExpectIdent());
        }

        return new Field(names, ParseType());
    }

    /// <summary>`List[T]` alone on a field line is an embedded instantiated type, not a field `List` of array type.</summary>
    private bool EmbedsInstance()
    {
        var depth = 0;
        for (var i = _p + 1; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            if (t.Is("["))
            {
                depth++;
            }
            else if (t.Is("]") && --depth == 0)
            {
                var next = _tokens[Math.Min(i + 1, _tokens.Count - 1)];
                return next.Kind is TokenKind.Semi or TokenKind.String or TokenKind.Eof || next.Is("}");
            }
            else if (t.Kind is TokenKind.Semi or TokenKind.Eof)
            {
                return false;
            }
        }

        return false;
    }

    private Field ParseInterfaceElement()
    {
        if (Tok.Kind == TokenKind.Ident && Peek().Is("("))
        {
            var name = ExpectIdent();
            return new Field([name], ParseSignature(_tokens[_p - 1]));
        }

        return new Field([], ParseUnionType());
    }
}
