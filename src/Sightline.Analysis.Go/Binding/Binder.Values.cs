using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Binding;

internal sealed partial class Binder
{
    /// <summary>The type of a value expression, or null when the declarations do not show it.</summary>
    public GoType? TypeOf(Expr? e, FileContext context, Func<string, Local?> locals, int depth = 0)
    {
        if (e is null || depth > MaxDepth)
        {
            return null;
        }

        switch (e)
        {
            case Ident id:
                if (locals(id.Name) is { } local)
                {
                    return local.Type;
                }

                return Package(context.PackagePath) is { } own && own.Vars.TryGetValue(id.Name, out var v) ? VarType(v, depth + 1) : null;
            case Selector { X: Ident pkg } sel when locals(pkg.Name) is null && context.Imports.TryGetValue(pkg.Name, out var path):
                return Package(path) is { } other && other.Vars.TryGetValue(sel.Name, out var pv) ? VarType(pv, depth + 1) : null;
            case Selector sel:
                return TypeOf(sel.X, context, locals, depth + 1) is { IsNamed: true } owner ? FieldType(owner, sel.Name) : null;
            case Call call:
                return CallType(call, context, locals, depth + 1);
            case Unary { Op: "&" or "*" } u:
                return TypeOf(u.X, context, locals, depth + 1);
            case Unary { Op: "<-" } u:
                return TypeOf(u.X, context, locals, depth + 1)?.Elem;
            case CompositeLit lit:
                return Resolve(lit.Type, context);
            case Paren p:
                return TypeOf(p.X, context, locals, depth + 1);
            case IndexExpr { IsSlice: true } i:
                return TypeOf(i.X, context, locals, depth + 1);
            case IndexExpr i:
                return TypeOf(i.X, context, locals, depth + 1)?.Elem;
            case TypeAssert { Type: { } type }:
                return Resolve(type, context);
            default:
                return null;
        }
    }

    private GoType? VarType(VarInfo v, int depth)
    {
        if (v.Spec.Type is { } declared)
        {
            return Resolve(declared, v.Context);
        }

        return v.Spec.Values.Count == v.Spec.Names.Count ? TypeOf(v.Spec.Values[v.Position], v.Context, _ => null, depth) : null;
    }

    /// <summary>`new(T)`, `T(x)` for a repository type, and a repository function's or method's first result.</summary>
    private GoType? CallType(Call call, FileContext context, Func<string, Local?> locals, int depth)
    {
        if (call.Fun is Ident { Name: "new" } && locals("new") is null && call.Args.Count == 1)
        {
            return Resolve(call.Args[0], context);
        }

        if (call.Fun is Ident conversion && locals(conversion.Name) is null && Package(context.PackagePath) is { } own && own.Types.ContainsKey(conversion.Name))
        {
            return GoType.Named(context.PackagePath, conversion.Name);
        }

        return ResultsOf(call, context, locals, depth) is [var first, ..] ? first : null;
    }

    /// <summary>The declared results of the repository function a call resolves to.</summary>
    public IReadOnlyList<GoType?> ResultsOf(Call call, FileContext context, Func<string, Local?> locals, int depth = 0)
    {
        var target = ResolveFunc(call.Fun, context, locals, depth);
        if (target is not null)
        {
            return Results(target.Decl.Type, target.Context);
        }

        return TypeOf(call.Fun, context, locals, depth + 1) is { Kind: "func" } f ? f.Results : [];
    }
}
