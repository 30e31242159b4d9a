using Sightline.Analysis.Go.Binding;
using Sightline.Analysis.Go.Syntax;
using Sightline.Core.Code;

namespace Sightline.Analysis.Go.Walk;

internal sealed partial class FileWalker
{
    private void WalkExprs(IReadOnlyList<Expr> list)
    {
        foreach (var e in list)
        {
            WalkExpr(e);
        }
    }

    private void WalkExpr(Expr? e)
    {
        // Left-nested operator chains (`a + b + c …`) are walked as a loop, not a recursion per operand.
        while (e is Binary b)
        {
            WalkExpr(b.Y);
            e = b.X;
        }

        switch (e)
        {
            case Call call:
                WalkCall(call);
                break;
            case FuncLit lit:
                WalkFuncLit(lit, called: false);
                break;
            case Ident or Selector:
                if (!ValueReference(e) && e is Selector s)
                {
                    WalkExpr(s.X);
                }

                break;
            case Unary u:
                WalkExpr(u.X);
                break;
            case Paren p:
                WalkExpr(p.X);
                break;
            case TypeAssert t:
                WalkExpr(t.X);
                break;
            case IndexExpr i:
                WalkExpr(i.X);
                WalkExprs(i.Indices);
                break;
            case KeyValue kv:
                WalkExpr(kv.Value);
                break;
            case CompositeLit lit:
                foreach (var element in lit.Elements)
                {
                    // A struct literal's keys are field names, never values.
                    if (element is KeyValue { Key: not Ident } kv)
                    {
                        WalkExpr(kv.Key);
                    }

                    WalkExpr(element);
                }

                break;
            default:
                break;
        }
    }

    /// <summary>A repository function or method used as a value (`h`, `pkg.F`, `srv.handle`): a Reference.</summary>
    private bool ValueReference(Expr e)
    {
        if (e is Ident id && Lookup(id.Name) is not null)
        {
            return false;
        }

        if (_binder.ResolveFunc(e, _context, _lookup) is not { } func)
        {
            return false;
        }

        Calls.Add(new CodeCall(_caller, CallKind.Reference, func.Id, Text(e), e.Line, e.Column));
        return true;
    }

    private string WalkFuncLit(FuncLit lit, bool called)
    {
        var parent = _caller ?? _context.PackagePath;
        var count = _lambdaCounts.GetValueOrDefault(parent) + 1;
        _lambdaCounts[parent] = count;
        var id = _lambdas.Contains(parent) ? $"{parent}.{count}" : $"{parent}.func{count}";
        _lambdas.Add(id);
        if (_pendingHandlers.Remove(lit))
        {
            _handlers.Add(id);
        }

        Definitions.Add(new CodeDefinition(id, id[(_context.PackagePath.Length + 1)..], DefinitionKind.Lambda, lit.Line, lit.EndLine) { StartColumn = lit.Column });
        if (!called)
        {
            Calls.Add(new CodeCall(_caller, CallKind.Reference, id, "func", lit.Line, lit.Column));
        }

        var caller = _caller;
        _caller = id;
        Push();
        DeclareFields(lit.Type.Params);
        DeclareFields(lit.Type.Results);
        WalkBlock(lit.Body);
        Pop();
        _caller = caller;
        return id;
    }

    private string Text(Expr e)
    {
        var source = _context.Source;
        var end = Math.Min(e.End, source.Length);
        var text = e.Start < end ? source[e.Start..end] : "";
        if (text.Length > 120)
        {
            text = text[..120];
        }

        return text.Contains('\n', StringComparison.Ordinal) ? string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries)) : text;
    }
}
