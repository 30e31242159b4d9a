using Sightline.Core.Code;

namespace Sightline.Analysis.Python.Model;

/// <summary>A call site or a value use found by the walk, resolved once the whole file (and repository) is known.</summary>
internal sealed record RawCall(string Caller, Scope Scope, IReadOnlyList<Segment> Chain, string Text, int Line, int Column)
{
    /// <summary>A use of a name as a value (a callback, a decorator's function): kept only if it names a repository function (its text is made then).</summary>
    public bool IsReference { get; init; }

    /// <summary>A fixed callee (the class constructor's call of __init__).</summary>
    public string? Fixed { get; init; }

    /// <summary>The callee of the call this value is an argument of, for Django's path('x', view).</summary>
    public IReadOnlyList<Segment>? ArgumentOf { get; init; }
}

/// <summary>What the walk of one file produced.</summary>
internal sealed class FileModel(string path, string module)
{
    public string Path => path;

    /// <summary>Dotted module name ("pkg.sub.mod"; a package's __init__.py is "pkg.sub").</summary>
    public string Module => module;

    public Scope Globals { get; } = new(null, false, module + ".<module>");

    public List<CodeDefinition> Definitions { get; } = [];

    /// <summary>Ids of the classes defined here.</summary>
    public HashSet<string> Classes { get; } = new(StringComparer.Ordinal);

    /// <summary>"pkg.mod.Class.attr" → value assigned to self.attr in a method.</summary>
    public Dictionary<string, Value> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Class id → its base classes as written, with the scope they are looked up in.</summary>
    public Dictionary<string, (List<IReadOnlyList<Segment>> Chains, Scope Scope)> Bases { get; } = new(StringComparer.Ordinal);

    public List<CodeImport> Imports { get; } = [];

    public List<RawCall> Calls { get; } = [];

    /// <summary>Decorated definitions: id → decorator chains with their scope.</summary>
    public List<(string Id, IReadOnlyList<Segment> Decorator, Scope Scope)> Decorators { get; } = [];

    public List<CodeWarning> Warnings { get; } = [];

    public bool HasMainBlock { get; set; }

    public int Lines { get; set; }
}
