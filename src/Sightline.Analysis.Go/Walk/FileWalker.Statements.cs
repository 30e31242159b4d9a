using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Walk;

internal sealed partial class FileWalker
{
    private void WalkBlock(Block block)
    {
        Push();
        foreach (var statement in block.Statements)
        {
            WalkStmt(statement);
        }

        Pop();
    }

    private void WalkStmt(Stmt? statement)
    {
        switch (statement)
        {
            case Block block:
                WalkBlock(block);
                break;
            case ExprStmt e:
                WalkExpr(e.X);
                break;
            case Assign a:
                WalkAssign(a);
                break;
            case VarDecl v:
                foreach (var spec in v.Specs)
                {
                    WalkExprs(spec.Values);
                    DeclareFrom(spec.Names, spec.Type, spec.Values);
                }

                break;
            case Simple s:
                WalkExprs(s.Values);
                break;
            case If i:
                Push();
                WalkStmt(i.Init);
                WalkExpr(i.Cond);
                WalkBlock(i.Then);
                WalkStmt(i.Else);
                Pop();
                break;
            case For f:
                Push();
                WalkStmt(f.Init);
                WalkExpr(f.Cond);
                WalkStmt(f.Post);
                WalkBlock(f.Body);
                Pop();
                break;
            case Switch s:
                WalkSwitch(s);
                break;
            default:
                break;
        }
    }

    private void WalkAssign(Assign a)
    {
        switch (a.Op)
        {
            case "range:=":
                WalkExpr(a.Right[0]);
                var collection = _binder.TypeOf(a.Right[0], _context, _lookup);
                var key = collection?.Kind switch { "map" => collection.Key, "chan" => collection.Elem, _ => null };
                if (a.Left.Count > 0 && a.Left[0] is Ident k)
                {
                    Declare(k.Name, key);
                }

                if (a.Left.Count > 1 && a.Left[1] is Ident v)
                {
                    Declare(v.Name, collection?.Elem);
                }

                break;
            case ":=":
                WalkExprs(a.Right);
                DeclareFrom(a.Left, null, a.Right);
                break;
            default:
                WalkExprs(a.Left);
                WalkExprs(a.Right);
                break;
        }
    }

    private void WalkSwitch(Switch s)
    {
        Push();
        WalkStmt(s.Init);
        string? bound = null;
        Expr? subject = null;
        if (s.Keyword == "typeswitch")
        {
            (bound, subject) = s.Tag switch
            {
                Assign { Left: [Ident name], Right: [TypeAssert assert] } => (name.Name, assert.X),
                ExprStmt { X: TypeAssert assert } => ((string?)null, assert.X),
                _ => (null, null),
            };
            WalkExpr(subject);
        }
        else
        {
            WalkStmt(s.Tag);
        }

        foreach (var clause in s.Clauses)
        {
            Push();
            if (s.Keyword == "typeswitch")
            {
                if (bound is not null)
                {
                    Declare(bound, clause.Cases.Count == 1 ? _binder.Resolve(clause.Cases[0], _context) : _binder.TypeOf(subject, _context, _lookup));
                }
            }
            else
            {
                WalkExprs(clause.Cases);
            }

            WalkStmt(clause.Comm);
            foreach (var statement in clause.Body)
            {
                WalkStmt(statement);
            }

            Pop();
        }

        Pop();
    }
}
