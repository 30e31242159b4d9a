namespace Sightline.Analysis.Python.Model;

/// <summary>One step of a dotted chain: an attribute name, or a call (Name null, <see cref="Index"/> its paren token).</summary>
internal readonly record struct Segment(string? Name, int Index)
{
    public bool IsCall => Name is null;
}

/// <summary>
/// What a name stands for: a fully qualified dotted name ("yaml", "yaml.load", "pkg.mod.func",
/// "builtins.open"), an instance of a class named so, or a chain to evaluate later in its scope
/// (an assignment's right-hand side, so later bindings in the file are seen).
/// </summary>
internal sealed record Value(string? Name, bool Instance = false, IReadOnlyList<Segment>? Chain = null, Scope? In = null)
{
    public static readonly Value Unknown = new((string?)null);

    public static Value Of(string name) => new(name);
}

/// <summary>A function, class or module scope. Class scopes are skipped when nested functions look names up.</summary>
internal sealed class Scope(Scope? parent, bool isClass, string owner)
{
    public Dictionary<string, Value> Names { get; } = new(StringComparer.Ordinal);

    public Scope? Parent => parent;

    public bool IsClass => isClass;

    /// <summary>The definition id calls in this scope are attributed to (a class body's calls go to its enclosing code).</summary>
    public string Owner => owner;

    /// <summary>Star-imported modules (module scope only).</summary>
    public List<string> StarModules { get; } = [];
}
