using Sightline.Analysis.Go.Syntax;

namespace Sightline.Analysis.Go.Binding;

internal sealed record FuncInfo(string Id, FuncDecl Decl, FileContext Context);

internal sealed record TypeInfo(TypeSpec Spec, FileContext Context);

internal sealed record VarInfo(VarSpec Spec, int Position, FileContext Context);

/// <summary>The top-level declarations of one package of the repository, from all of its files.</summary>
internal sealed class PackageInfo(string path)
{
    public string Path { get; } = path;

    public string? Name { get; set; }

    public Dictionary<string, FuncInfo> Funcs { get; } = new(StringComparer.Ordinal);

    /// <summary>"Type.Method" → the method.</summary>
    public Dictionary<string, FuncInfo> Methods { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TypeInfo> Types { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, VarInfo> Vars { get; } = new(StringComparer.Ordinal);

    public int Inits { get; set; }
}

/// <summary>Every package of the repository by import path: what cross-file and cross-package binding looks up.</summary>
internal sealed class RepoIndex
{
    public Dictionary<string, PackageInfo> Packages { get; } = new(StringComparer.Ordinal);

    /// <summary>init functions get Go's own names, "path.init.0", "path.init.1", in file order.</summary>
    public Dictionary<FuncDecl, string> InitIds { get; } = [];

    public void Add(FileContext context)
    {
        if (!Packages.TryGetValue(context.PackagePath, out var package))
        {
            package = new PackageInfo(context.PackagePath);
            Packages[context.PackagePath] = package;
        }

        package.Name ??= context.IsTest ? null : context.File.Package;
        foreach (var func in context.File.Funcs)
        {
            if (func.Receiver is { } receiver)
            {
                if (ReceiverType(receiver.Type) is { } type)
                {
                    package.Methods.TryAdd(type + "." + func.Name.Name, new FuncInfo($"{context.PackagePath}.{type}.{func.Name.Name}", func, context));
                }
            }
            else if (func.Name.Name == "init")
            {
                InitIds[func] = $"{context.PackagePath}.init.{package.Inits++}";
            }
            else
            {
                package.Funcs.TryAdd(func.Name.Name, new FuncInfo($"{context.PackagePath}.{func.Name.Name}", func, context));
            }
        }

        foreach (var type in context.File.Types)
        {
            package.Types.TryAdd(type.Name.Name, new TypeInfo(type, context));
        }

        foreach (var spec in context.File.Vars.SelectMany(v => v.Specs))
        {
            for (var i = 0; i < spec.Names.Count; i++)
            {
                package.Vars.TryAdd(spec.Names[i].Name, new VarInfo(spec, i, context));
            }
        }
    }

    /// <summary>The receiver's type name, without `*` and type parameters: `(s *Server[T])` → "Server".</summary>
    public static string? ReceiverType(Expr type) => type switch
    {
        Unary { Op: "*" } u => ReceiverType(u.X),
        Paren p => ReceiverType(p.X),
        IndexExpr i => ReceiverType(i.X),
        Ident id => id.Name,
        _ => null,
    };
}
