using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Binding;

/// <summary>
/// Types of type expressions and of values where the declarations show them: declared types of locals,
/// parameters, fields and package variables, composite literals, `&amp;T{}`, `new(T)`, conversions to
/// repository types and results of repository functions. External functions' results are not known.
/// </summary>
internal sealed partial class Binder(RepoIndex index)
{
    private const int MaxDepth = 24;

    private static readonly HashSet<string> Predeclared = new(StringComparer.Ordinal)
    {
        "bool", "byte", "complex64", "complex128", "error", "float32", "float64", "int", "int8", "int16", "int32",
        "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "any", "comparable",
    };

    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal)
    {
        "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max", "min", "new",
        "panic", "print", "println", "real", "recover",
    };

    public RepoIndex Index { get; } = index;

    public static bool IsPredeclaredType(string name) => Predeclared.Contains(name);

    public static bool IsBuiltin(string name) => Builtins.Contains(name);

    public PackageInfo? Package(string path) => Index.Packages.GetValueOrDefault(path);

    /// <summary>The type a type expression names, in the file it is written in.</summary>
    public GoType? Resolve(Expr? type, FileContext context, int depth = 0)
    {
        if (type is null || depth > MaxDepth)
        {
            return null;
        }

        switch (type)
        {
            case Ident id:
                if (Predeclared.Contains(id.Name))
                {
                    return null;
                }

                if (Package(context.PackagePath) is { } own && own.Types.ContainsKey(id.Name))
                {
                    return GoType.Named(context.PackagePath, id.Name);
                }

                return context.DotImports.Count > 0 ? GoType.Named(context.DotImports[0], id.Name) : null;
            case Selector { X: Ident pkg } sel when context.Imports.TryGetValue(pkg.Name, out var path):
                return GoType.Named(path, sel.Name);
            case Unary { Op: "*" or "..." } u:
                var inner = Resolve(u.X, context, depth + 1);
                return u.Op == "..." ? new GoType("slice", Elem: inner) : inner;
            case Paren p:
                return Resolve(p.X, context, depth + 1);
            case IndexExpr i:
                return Resolve(i.X, context, depth + 1);
            case ContainerType c:
                return new GoType(c.Kind is "array" ? "slice" : c.Kind, Elem: Resolve(c.Elem, context, depth + 1), Key: Resolve(c.Key, context, depth + 1));
            case FuncType f:
                return new GoType("func") { Results = Results(f, context, depth + 1) };
            default:
                return null;
        }
    }

    public IReadOnlyList<GoType?> Results(FuncType type, FileContext context, int depth = 0) =>
        [.. type.Results.SelectMany(r => Enumerable.Repeat(r.Type, Math.Max(1, r.Names.Count))).Select(t => Resolve(t, context, depth + 1))];

    /// <summary>A repository type's field or embedded type by name (struct fields only).</summary>
    public GoType? FieldType(GoType owner, string name, int depth = 0)
    {
        if (depth > 4 || owner.Path is null || Package(owner.Path) is not { } package
            || !package.Types.TryGetValue(owner.Name!, out var info) || info.Spec.Type is not StructType structType)
        {
            return null;
        }

        foreach (var field in structType.Fields)
        {
            if (field.Names.Any(n => n.Name == name) || (field.Names.Count == 0 && RepoIndex.ReceiverType(StripQualifier(field.Type)) == name))
            {
                return Resolve(field.Type, info.Context);
            }
        }

        return null;
    }

    /// <summary>Embedded fields of a repository struct type, as types: where promoted methods come from.</summary>
    public IEnumerable<GoType> Embedded(GoType owner)
    {
        if (owner.Path is null || Package(owner.Path) is not { } package
            || !package.Types.TryGetValue(owner.Name!, out var info) || info.Spec.Type is not StructType structType)
        {
            yield break;
        }

        foreach (var field in structType.Fields.Where(f => f.Names.Count == 0))
        {
            if (Resolve(field.Type, info.Context) is { IsNamed: true } type)
            {
                yield return type;
            }
        }
    }

    private static Expr StripQualifier(Expr type) => type switch
    {
        Unary { Op: "*" } u => StripQualifier(u.X),
        Selector s => new Ident(s.Name, s.Line, s.Column, s.Start, s.End),
        _ => type,
    };
}
