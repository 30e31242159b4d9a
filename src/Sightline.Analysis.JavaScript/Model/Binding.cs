namespace Sightline.Analysis.JavaScript.Model;

/// <summary>
/// What a name or expression stands for, as far as the analyser can tell without types. Values reached
/// through another file of the repository stay symbolic (<see cref="ExportRef"/>, <see cref="MemberRef"/>,
/// <see cref="ResultRef"/>) until every file has been walked; the linker resolves them.
/// </summary>
internal abstract record Binding;

/// <summary>A parameter, a computed value, anything the analyser does not follow; it shadows outer names.</summary>
internal sealed record UnknownValue : Binding
{
    public static readonly UnknownValue Instance = new();
}

/// <summary>
/// A package export or a value made from one: <see cref="Path"/> is the fully qualified name callers
/// see ("lodash.merge", "adm-zip", "node:fs.readFile"); <see cref="Package"/> is its npm package or Node
/// builtin ("node:fs").
/// </summary>
internal sealed record PackageValue(string Package, string Path) : Binding
{
    /// <summary>Made by calling or constructing package code (`express()`, `new AdmZip(x)`), not an export itself.</summary>
    public bool Instance { get; init; }

    /// <summary>An export below the package's root ("lodash.merge"), which may be a function passed as a callback.</summary>
    public bool IsExportMember => !Instance && Path.Length > Package.Length;
}

/// <summary>A global of the JavaScript runtime (JSON, Math, console, setTimeout), not an npm package.</summary>
internal sealed record GlobalValue(string Path) : Binding;

/// <summary>A function of this repository, by definition id.</summary>
internal sealed record LocalFunction(string Id) : Binding;

/// <summary>A class of this repository: its constructor id and methods (name → definition id).</summary>
internal sealed record LocalClass(
    string Id,
    string ConstructorId,
    IReadOnlyDictionary<string, string> Methods,
    IReadOnlyDictionary<string, string> StaticMethods,
    Binding? Super) : Binding;

/// <summary>An object made by `new` on a class of this repository (or `this` inside one).</summary>
internal sealed record LocalInstance(LocalClass Class) : Binding;

/// <summary>A file of this repository loaded as a whole (`require("./x")`, `import * as x`).</summary>
internal sealed record LocalModule(string File) : Binding;

/// <summary>An object literal whose members are known (`const api = { list, get() {} }`).</summary>
internal sealed record LocalObject(IReadOnlyDictionary<string, Binding> Members) : Binding;

/// <summary>The promise `import("x")` returns: awaited or `.then`-ed, it is the module.</summary>
internal sealed record ModulePromise(Binding Module) : Binding;

/// <summary>Export <see cref="Name"/> of another file of the repository ("default" for the default export).</summary>
internal sealed record ExportRef(string File, string Name) : Binding;

/// <summary>A member of a value that is only known once files are linked.</summary>
internal sealed record MemberRef(Binding Target, string Name) : Binding;

/// <summary>What calling (or `new`-ing) a value returns, when that value is only known once files are linked.</summary>
internal sealed record ResultRef(Binding Callee, bool IsNew) : Binding;
