using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Parsing;

internal sealed partial class Parser
{
    private GoFile ParseFile()
    {
        string? package = null;
        var packageLine = 1;
        var imports = new List<ImportSpec>();
        var funcs = new List<FuncDecl>();
        var vars = new List<VarDecl>();
        var types = new List<TypeSpec>();
        while (AtSemi)
        {
            Next();
        }

        try
        {
            packageLine = Expect("package").Line;
            package = ExpectIdent().Name;
            ExpectSemi();
        }
        catch (GoSyntaxException e)
        {
            _errors.Add((e.Message, e.Line));
            SyncTop();
        }

        while (Tok.Kind != TokenKind.Eof)
        {
            try
            {
                ParseTopDecl(imports, funcs, vars, types);
            }
            catch (GoSyntaxException e)
            {
                _errors.Add((e.Message, e.Line));
                SyncTop();
            }
        }

        return new GoFile(package, packageLine, imports, funcs, vars, types, _errors);
    }

    private void ParseTopDecl(List<ImportSpec> imports, List<FuncDecl> funcs, List<VarDecl> vars, List<TypeSpec> types)
    {
        if (AtSemi)
        {
            Next();
            return;
        }

        if (Tok.Is("import"))
        {
            Next();
            Group(() => imports.Add(ParseImportSpec()));
        }
        else if (Tok.Is("func"))
        {
            funcs.Add(ParseFuncDecl());
        }
        else if (Tok.Is("var") || Tok.Is("const"))
        {
            vars.Add(ParseVarDecl());
        }
        else if (Tok.Is("type"))
        {
            types.AddRange(ParseTypeDecl().Specs);
        }
        else
        {
            throw Error("expected declaration");
        }

        ExpectSemi();
    }

    /// <summary>Skips to the next top-level keyword at the start of a line, always moving on.</summary>
    private void SyncTop()
    {
        _exprLev = 0;
        Next();
        while (Tok.Kind != TokenKind.Eof
            && !(Tok.Column == 1 && Tok.Kind == TokenKind.Keyword && Tok.Text is "func" or "var" or "const" or "type" or "import"))
        {
            Next();
        }
    }

    /// <summary>A declaration's spec, or a parenthesised group of them.</summary>
    private void Group(Action spec)
    {
        if (Accept("("))
        {
            while (!Tok.Is(")") && Tok.Kind != TokenKind.Eof)
            {
                if (AtSemi)
                {
                    Next();
                    continue;
                }

                spec();
                ExpectSemi();
            }

            Expect(")");
        }
        else
        {
            spec();
        }
    }

    private ImportSpec ParseImportSpec()
    {
        string? alias = null;
        if (Tok.Kind == TokenKind.Ident || Tok.Is("."))
        {
            alias = Next().Text;
        }

        var t = Tok;
        if (t.Kind != TokenKind.String)
        {
            throw Error("expected import path");
        }

        Next();
        return new ImportSpec(alias, t.Text.Trim('"', '`'), t.Line, t.Column);
    }

    private FuncDecl ParseFuncDecl()
    {
        var start = Expect("func");
        Field? receiver = null;
        if (Tok.Is("("))
        {
            var list = ParseParams("(", ")");
            receiver = list.Count > 0 ? list[0] : null;
        }

        var name = ExpectIdent();
        var type = ParseSignature(start);
        Block? body = Tok.Is("{") ? ParseBlock() : null;
        return new FuncDecl(receiver, name, type, body, start.Line, start.Column, body?.EndLine ?? start.Line);
    }
}
