using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Parsing;

internal sealed partial class Parser
{
    private VarDecl ParseVarDecl()
    {
        var start = Next();
        var specs = new List<VarSpec>();
        Group(() =>
        {
            var names = new List<Ident> { ExpectIdent() };
            while (Accept(","))
            {
                names.Add(ExpectIdent());
            }

            Expr? type = !Tok.Is("=") && !AtSemi && !Tok.Is(")") ? ParseType() : null;
            var values = Accept("=") ? ParseExprList() : (IReadOnlyList<Expr>)[];
            specs.Add(new VarSpec(names, type, values));
        });
        return new VarDecl(specs, start.Line);
    }

    private TypeDecl ParseTypeDecl()
    {
        var start = Next();
        var specs = new List<TypeSpec>();
        Group(() =>
        {
            var name = ExpectIdent();
            // `type List[T any]` declares type parameters; `type Bits [n / 8]uint8` is an array.
            var after = Peek(2);
            if (Tok.Is("[") && Peek().Kind == TokenKind.Ident
                && (after.Kind is TokenKind.Ident or TokenKind.Keyword || after.Is("~") || after.Is(",") || after.Is("[")))
            {
                ParseParams("[", "]");
            }

            Accept("=");
            specs.Add(new TypeSpec(name, ParseType()));
        });
        return new TypeDecl(specs, start.Line);
    }
}
