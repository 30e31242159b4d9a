using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Model;

/// <summary>A definition while files are walked and linked: its entry kind is settled last.</summary>
internal sealed class DefinitionBuilder(string id, string name, DefinitionKind kind, int startLine, int endLine, int startColumn)
{
    public string Id { get; } = id;

    public EntryPointKind Entry { get; set; }

    public CodeDefinition Build() => new(Id, name, kind, startLine, endLine) { Entry = Entry, StartColumn = startColumn };

    /// <summary>HTTP handlers and package exports outrank module code; the strongest reason wins.</summary>
    public void MarkEntry(EntryPointKind entry)
    {
        if (Entry is EntryPointKind.None || (Entry is EntryPointKind.ModuleCode && entry is not EntryPointKind.None))
        {
            Entry = entry;
        }
    }
}

/// <summary>
/// A call site before linking. <see cref="Kind"/> is Local/External/Unresolved for calls, Reference for a
/// function used as a value; the callee is settled from <see cref="Callee"/> once files are linked.
/// </summary>
internal sealed record PendingCall(string Caller, CallKind Kind, Binding Callee, bool IsNew, string Text, int Line, int Column)
{
    /// <summary>A value passed as an argument: a package function passed this way is called by its receiver.</summary>
    public bool IsArgument { get; init; }

    /// <summary>A function passed to a route registration: an HTTP handler wherever it is defined.</summary>
    public bool IsHandler { get; init; }
}

/// <summary>What one file defines, imports, calls and exports, before and after linking.</summary>
internal sealed class FileModel(string path)
{
    public string Path { get; } = path;

    public bool IsTest { get; init; }

    public string? Skipped { get; set; }

    public int Lines { get; set; }

    public List<DefinitionBuilder> Definitions { get; } = [];

    public List<CodeImport> Imports { get; } = [];

    public List<PendingCall> Calls { get; } = [];

    public List<CodeWarning> Warnings { get; } = [];

    /// <summary>Named exports ("default" for `export default` and `module.exports =`).</summary>
    public Dictionary<string, Binding> Exports { get; } = new(StringComparer.Ordinal);

    /// <summary>`export * from "x"`: modules whose exports this one passes on.</summary>
    public List<Binding> StarExports { get; } = [];

    public string ModuleId => Path + "#<module>";
}
