using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Binding;

internal enum TargetKind
{
    Local,
    External,

    /// <summary>A builtin (`len`, `append`) or a conversion (`[]byte(s)`, `MyType(x)`): not a call of code.</summary>
    Skip,
    Unresolved,
}

internal readonly record struct Target(TargetKind Kind, string? Name = null, IReadOnlyList<string>? Candidates = null);

internal sealed partial class Binder
{
    /// <summary>The repository function or method an expression names, when binding can tell.</summary>
    public FuncInfo? ResolveFunc(Expr fun, FileContext context, Func<string, Local?> locals, int depth = 0)
    {
        switch (fun)
        {
            case Paren p:
                return ResolveFunc(p.X, context, locals, depth);
            case IndexExpr { IsSlice: false } generic when generic.X is Ident or Selector { X: Ident }:
                return ResolveFunc(generic.X, context, locals, depth);
            case Ident id when locals(id.Name) is null:
                if (Package(context.PackagePath) is { } own && own.Funcs.TryGetValue(id.Name, out var local))
                {
                    return local;
                }

                return context.DotImports.Select(d => Package(d)?.Funcs.GetValueOrDefault(id.Name)).FirstOrDefault(f => f is not null);
            case Selector { X: Ident pkg } sel when locals(pkg.Name) is null && context.Imports.TryGetValue(pkg.Name, out var path):
                return Package(path)?.Funcs.GetValueOrDefault(sel.Name);
            case Selector { X: Ident type } method when locals(type.Name) is null && Package(context.PackagePath) is { } ownTypes && ownTypes.Types.ContainsKey(type.Name):
                return ownTypes.Methods.GetValueOrDefault(type.Name + "." + method.Name);
            case Selector sel:
                return TypeOf(sel.X, context, locals, depth + 1) is { IsNamed: true } owner ? FindMethod(owner, sel.Name) : null;
            default:
                return null;
        }
    }

    /// <summary>A repository type's method, declared or promoted from an embedded repository type.</summary>
    public FuncInfo? FindMethod(GoType owner, string name, int depth = 0)
    {
        if (depth > 4 || owner.Path is null || Package(owner.Path) is not { } package)
        {
            return null;
        }

        return package.Methods.GetValueOrDefault(owner.Name + "." + name)
            ?? Embedded(owner).Select(e => FindMethod(e, name, depth + 1)).FirstOrDefault(m => m is not null);
    }

    /// <summary>What a call's function expression calls: see the naming rules in docs/languages/go.md.</summary>
    public Target ResolveCall(Expr fun, FileContext context, Func<string, Local?> locals)
    {
        if (ResolveFunc(fun, context, locals) is { } func)
        {
            return new Target(TargetKind.Local, func.Id);
        }

        switch (fun)
        {
            case Paren p:
                return ResolveCall(p.X, context, locals);
            case IndexExpr { IsSlice: false } generic when generic.X is Ident or Selector { X: Ident }:
                return ResolveCall(generic.X, context, locals);
            case ContainerType or FuncType or StructType or Unary { Op: "*" }:
                return new Target(TargetKind.Skip);
            case Ident id when locals(id.Name) is null:
                return ResolveName(id.Name, context);
            case Selector { X: Ident pkg } sel when locals(pkg.Name) is null && context.Imports.TryGetValue(pkg.Name, out var path):
                if (Package(path) is { } repoPackage)
                {
                    return new Target(repoPackage.Types.ContainsKey(sel.Name) ? TargetKind.Skip : TargetKind.Unresolved);
                }

                return new Target(TargetKind.External, path + "." + sel.Name);
            case Selector sel when TypeOf(sel.X, context, locals) is { IsNamed: true } owner:
                if (Package(owner.Path!) is null)
                {
                    return new Target(TargetKind.External, $"{owner.Path}.{owner.Name}.{sel.Name}");
                }

                var promoted = Embedded(owner).FirstOrDefault(e => Package(e.Path!) is null);
                return promoted is null || FieldType(owner, sel.Name) is not null
                    ? new Target(TargetKind.Unresolved)
                    : new Target(TargetKind.External, $"{promoted.Path}.{promoted.Name}.{sel.Name}");
            default:
                return new Target(TargetKind.Unresolved);
        }
    }

    private Target ResolveName(string name, FileContext context)
    {
        var own = Package(context.PackagePath);
        if (own is not null && own.Types.ContainsKey(name))
        {
            return new Target(TargetKind.Skip);
        }

        if (own is not null && own.Vars.ContainsKey(name))
        {
            return new Target(TargetKind.Unresolved);
        }

        // Only exported names come in through a dot import; builtins are lower case.
        var candidates = char.IsUpper(name[0]) ? context.DotImports.Where(d => Package(d) is null).Select(d => d + "." + name).ToList() : [];
        if (candidates.Count > 0)
        {
            return new Target(TargetKind.External, candidates.Count == 1 ? candidates[0] : null, candidates);
        }

        return new Target(IsBuiltin(name) || IsPredeclaredType(name) ? TargetKind.Skip : TargetKind.Unresolved);
    }
}
