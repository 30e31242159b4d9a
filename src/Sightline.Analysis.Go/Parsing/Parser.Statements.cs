using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Parsing;

internal sealed partial class Parser
{
    private Block ParseBlock()
    {
        var open = Expect("{");
        var statements = ParseStatements(inClause: false);
        var close = Expect("}");
        return new Block(statements, open.Line, close.Line);
    }

    /// <summary>Statements up to `}` (or, in a case clause, `case`/`default`); a bad one is skipped with an error.</summary>
    private List<Stmt> ParseStatements(bool inClause)
    {
        var list = new List<Stmt>();
        while (!Tok.Is("}") && Tok.Kind != TokenKind.Eof && !(inClause && (Tok.Is("case") || Tok.Is("default"))))
        {
            if (AtSemi)
            {
                Next();
                continue;
            }

            var before = _p;
            var level = _exprLev;
            try
            {
                if (ParseStmt() is { } stmt)
                {
                    list.Add(stmt);
                }

                if (!Tok.Is("}") && !(inClause && (Tok.Is("case") || Tok.Is("default"))))
                {
                    ExpectSemi();
                }
            }
            catch (GoSyntaxException e)
            {
                _errors.Add((e.Message, e.Line));
                _exprLev = level;
                SyncStatement(before);
            }
        }

        return list;
    }

    private Stmt? ParseStmt()
    {
        Enter();
        try
        {
            return ParseStmtInner();
        }
        finally
        {
            Leave();
        }
    }

    private Stmt? ParseStmtInner()
    {
        var t = Tok;
        if (t.Kind == TokenKind.Keyword)
        {
            switch (t.Text)
            {
                case "var" or "const":
                    return ParseVarDecl();
                case "type":
                    return ParseTypeDecl();
                case "go" or "defer":
                    Next();
                    return new Simple(t.Text, [ParseExpr()], t.Line);
                case "return":
                    Next();
                    return new Simple("return", AtSemi || Tok.Is("}") ? [] : ParseExprList(), t.Line);
                case "break" or "continue" or "goto" or "fallthrough":
                    Next();
                    if (Tok.Kind == TokenKind.Ident)
                    {
                        Next();
                    }

                    return new Simple(t.Text, [], t.Line);
                case "if":
                    return ParseIf();
                case "for":
                    return ParseFor();
                case "switch" or "select":
                    return ParseSwitch();
                default:
                    break;
            }
        }

        if (t.Is("{"))
        {
            return ParseBlock();
        }

        if (t.Kind == TokenKind.Ident && Peek().Is(":"))
        {
            Next();
            Next();
            return Tok.Is("}") || AtSemi ? null : ParseStmt();
        }

        return ParseSimpleStmt(rangeOk: false);
    }

    private Stmt ParseSimpleStmt(bool rangeOk)
    {
        var line = Tok.Line;
        if (rangeOk && Accept("range"))
        {
            return new Assign([], "range", [ParseExpr()], line);
        }

        var left = ParseExprList();
        var t = Tok;
        if (t.Kind == TokenKind.Op && t.Text is ":=" or "=" or "+=" or "-=" or "*=" or "/=" or "%=" or "&=" or "|=" or "^=" or "<<=" or ">>=" or "&^=")
        {
            Next();
            if (rangeOk && Accept("range"))
            {
                return new Assign(left, t.Text == ":=" ? "range:=" : "range", [ParseExpr()], line);
            }

            return new Assign(left, t.Text, ParseExprList(), line);
        }

        if (t.Is("++") || t.Is("--"))
        {
            Next();
            return new Assign(left, t.Text, [], line);
        }

        if (t.Is("<-"))
        {
            Next();
            return new Simple("send", [left[0], ParseExpr()], line);
        }

        if (left.Count > 1)
        {
            throw Error("expected assignment");
        }

        return new ExprStmt(left[0], line);
    }
}
