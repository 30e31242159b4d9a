using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Parsing;

internal sealed partial class Parser
{
    private If ParseIf()
    {
        var start = Expect("if");
        var level = _exprLev;
        _exprLev = -1;
        Stmt? init = null;
        Expr? cond = null;
        if (!AtSemi)
        {
            var s = ParseSimpleStmt(rangeOk: false);
            if (AtSemi)
            {
                init = s;
            }
            else
            {
                cond = (s as ExprStmt)?.X ?? throw Error("expected condition");
            }
        }

        if (AtSemi)
        {
            Next();
            cond = ParseExpr();
        }

        _exprLev = level;
        var then = ParseBlock();
        Stmt? otherwise = null;
        if (Accept("else"))
        {
            otherwise = Tok.Is("if") ? ParseIf() : ParseBlock();
        }

        return new If(init, cond, then, otherwise, start.Line);
    }

    private For ParseFor()
    {
        var start = Expect("for");
        var level = _exprLev;
        _exprLev = -1;
        Stmt? init = null;
        Expr? cond = null;
        Stmt? post = null;
        if (!Tok.Is("{"))
        {
            var first = AtSemi ? null : ParseSimpleStmt(rangeOk: true);
            if (AtSemi)
            {
                Next();
                init = first;
                cond = AtSemi ? null : ParseExpr();
                if (!AtSemi)
                {
                    throw Error("expected ';'");
                }

                Next();
                post = Tok.Is("{") ? null : ParseSimpleStmt(rangeOk: false);
            }
            else if (first is Assign { Op: "range" or "range:=" })
            {
                init = first;
            }
            else
            {
                cond = (first as ExprStmt)?.X;
            }
        }

        _exprLev = level;
        return new For(init, cond, post, ParseBlock(), start.Line);
    }

    /// <summary>switch, type switch and select: the header (init; tag) and the clauses.</summary>
    private Switch ParseSwitch()
    {
        var start = Next();
        var level = _exprLev;
        _exprLev = -1;
        Stmt? init = null;
        Stmt? tag = null;
        if (start.Text == "switch" && !Tok.Is("{"))
        {
            var first = AtSemi ? null : ParseSimpleStmt(rangeOk: false);
            if (AtSemi)
            {
                Next();
                init = first;
                tag = Tok.Is("{") ? null : ParseSimpleStmt(rangeOk: false);
            }
            else
            {
                tag = first;
            }
        }

        _exprLev = level;
        Expect("{");
        var clauses = new List<CaseClause>();
        while (!Tok.Is("}") && Tok.Kind != TokenKind.Eof)
        {
            if (AtSemi)
            {
                Next();
                continue;
            }

            var line = Tok.Line;
            IReadOnlyList<Expr> cases = [];
            Stmt? comm = null;
            if (Accept("case"))
            {
                if (start.Text == "select")
                {
                    comm = ParseSimpleStmt(rangeOk: false);
                }
                else
                {
                    cases = ParseExprList();
                }
            }
            else
            {
                Expect("default");
            }

            Expect(":");
            clauses.Add(new CaseClause(cases, comm, ParseStatements(inClause: true), line));
        }

        Expect("}");
        var keyword = start.Text == "select" ? "select"
            : tag is Assign { Right: [TypeAssert { Type: null }] } or ExprStmt { X: TypeAssert { Type: null } } ? "typeswitch"
            : "switch";
        return new Switch(keyword, init, tag, clauses, start.Line);
    }
}
