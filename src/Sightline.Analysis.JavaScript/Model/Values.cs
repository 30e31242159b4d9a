namespace Sightline.Analysis.JavaScript.Model;

/// <summary>The few operations on bindings: member access and the value of a call.</summary>
internal static class Values
{
    public static Binding Member(Binding target, string name) => target switch
    {
        // A package's `default` (ESM interop of a CommonJS module) is the package itself.
        PackageValue p when name == "default" && p.Path == p.Package => p,
        PackageValue p => new PackageValue(p.Package, p.Path + "." + name) { Instance = p.Instance },
        GlobalValue g => new GlobalValue(g.Path + "." + name),
        LocalModule m => new ExportRef(m.File, name),
        LocalObject o => o.Members.TryGetValue(name, out var member) ? member : UnknownValue.Instance,
        LocalInstance i => Method(i.Class, name, isStatic: false),
        LocalClass c => Method(c, name, isStatic: true),
        ExportRef or MemberRef or ResultRef => new MemberRef(target, name),
        _ => UnknownValue.Instance,
    };

    /// <summary>
    /// Constructing a package's class, calling its root export or one of its factories gives a value of that
    /// package: methods on it are "package.method" (`express().get` is "express.get", `express.Router().post`
    /// is "express.post", `new AdmZip(x).extractAllTo` is "adm-zip.extractAllTo"). What other functions
    /// return is data as far as the analyser knows (`_.sortBy(a).map` is an array's map, not "lodash.map").
    /// </summary>
    public static Binding Result(Binding callee, bool isNew) => callee switch
    {
        PackageValue p when isNew || p.Path == p.Package || IsFactory(p.Path) => new PackageValue(p.Package, p.Package) { Instance = true },
        LocalClass c => new LocalInstance(c),
        LocalModule m => new ResultRef(new ExportRef(m.File, "default"), isNew),
        ExportRef or MemberRef or ResultRef => new ResultRef(callee, isNew),
        _ => UnknownValue.Instance,
    };

    /// <summary>A function that makes objects, by its name: `Router`, `createServer`, `makeClient`, `connect`.</summary>
    private static bool IsFactory(string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        return name.Length > 0 && (char.IsUpper(name[0])
            || name.StartsWith("create", StringComparison.Ordinal) || name.StartsWith("make", StringComparison.Ordinal)
            || name.StartsWith("build", StringComparison.Ordinal) || name.StartsWith("connect", StringComparison.Ordinal)
            || name.StartsWith("open", StringComparison.Ordinal) || name.StartsWith("new", StringComparison.Ordinal));
    }

    public static bool IsDeferred(Binding binding) => binding is ExportRef or MemberRef or ResultRef;

    private static Binding Method(LocalClass type, string name, bool isStatic)
    {
        for (var current = type; current is not null; current = current.Super as LocalClass)
        {
            var methods = isStatic ? current.StaticMethods : current.Methods;
            if (methods.TryGetValue(name, out var id))
            {
                return new LocalFunction(id);
            }
        }

        return type.Super is { } super && IsDeferred(super) && !isStatic
            ? new MemberRef(new ResultRef(super, IsNew: true), name)
            : UnknownValue.Instance;
    }
}
