namespace Sightline.Analysis.JavaScript.Model;

/// <summary>The few operations on bindings: member access and the value of a call.</summary>
internal static class Values
{
    public static Binding Member(Binding target, string name) => target switch
    {
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
    /// Calling a package export gives a value of that package: methods on it are "package.method"
    /// (`express().get` is "express.get", `new AdmZip(x).extractAllTo` is "adm-zip.extractAllTo").
    /// </summary>
    public static Binding Result(Binding callee, bool isNew) => callee switch
    {
        PackageValue p => new PackageValue(p.Package, p.Package) { Instance = true },
        LocalClass c => new LocalInstance(c),
        LocalModule m => new ResultRef(new ExportRef(m.File, "default"), isNew),
        ExportRef or MemberRef or ResultRef => new ResultRef(callee, isNew),
        _ => UnknownValue.Instance,
    };

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
