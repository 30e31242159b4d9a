using Sightline.Analysis.Go.Binding;
using Sightline.Analysis.Go.Syntax;
using Sightline.Core.Code;

namespace Sightline.Analysis.Go.Walk;

/// <summary>
/// Walks one parsed file: definitions with their ids, and every call site resolved through the binder,
/// with locals' declared types tracked per block scope.
/// </summary>
internal sealed partial class FileWalker
{
    private readonly Binder _binder;
    private readonly FileContext _context;
    private readonly HashSet<string> _handlers;
    private readonly List<Dictionary<string, Local>> _scopes = [];
    private readonly Dictionary<string, int> _lambdaCounts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lambdas = new(StringComparer.Ordinal);
    private readonly HashSet<FuncLit> _pendingHandlers = new(ReferenceEqualityComparer.Instance);
    private readonly Func<string, Local?> _lookup;
    private string? _caller;

    public FileWalker(Binder binder, FileContext context, HashSet<string> handlers)
    {
        _binder = binder;
        _context = context;
        _handlers = handlers;
        _lookup = Lookup;
    }

    public List<CodeDefinition> Definitions { get; } = [];

    public List<CodeCall> Calls { get; } = [];

    public void Walk(bool library)
    {
        foreach (var func in _context.File.Funcs)
        {
            WalkFunc(func, library);
        }

        WalkPackageVars();
    }

    private void WalkFunc(FuncDecl func, bool library)
    {
        string id;
        string name;
        var receiverType = func.Receiver is { } r ? RepoIndex.ReceiverType(r.Type) : null;
        if (receiverType is not null)
        {
            name = receiverType + "." + func.Name.Name;
            id = $"{_context.PackagePath}.{name}";
        }
        else
        {
            name = func.Name.Name;
            id = name == "init" && _binder.Index.InitIds.TryGetValue(func, out var initId) ? initId : $"{_context.PackagePath}.{name}";
        }

        var entry = _context.IsTest ? EntryPointKind.None
            : receiverType is null && name == "main" && _context.File.Package == "main" ? EntryPointKind.Main
            : receiverType is null && name == "init" ? EntryPointKind.ModuleCode
            : library && IsExported(func.Name.Name) && (receiverType is null || IsExported(receiverType)) && !IsInternal(_context.PackagePath) ? EntryPointKind.PublicApi
            : EntryPointKind.None;
        Definitions.Add(new CodeDefinition(id, name, receiverType is null ? DefinitionKind.Function : DefinitionKind.Method, func.Line, func.EndLine)
        {
            Entry = entry,
            StartColumn = func.Column,
        });
        if (func.Body is null)
        {
            return;
        }

        _caller = id;
        Push();
        if (func.Receiver is { } receiver)
        {
            DeclareFields([receiver]);
        }

        DeclareFields(func.Type.Params);
        DeclareFields(func.Type.Results);
        WalkBlock(func.Body);
        Pop();
        _caller = null;
    }

    /// <summary>Calls in package-level initialisers run when the package loads: a Module definition holds them.</summary>
    private void WalkPackageVars()
    {
        var values = _context.File.Vars.SelectMany(v => v.Specs).SelectMany(s => s.Values).ToList();
        if (values.Count == 0)
        {
            return;
        }

        var fileName = _context.Path[(_context.Path.LastIndexOf('/') + 1)..];
        var id = $"{_context.PackagePath}.<init:{fileName}>";
        _caller = id;
        var before = Calls.Count;
        var definitions = Definitions.Count;
        Push();
        foreach (var value in values)
        {
            WalkExpr(value);
        }

        Pop();
        _caller = null;
        if (Calls.Count > before || Definitions.Count > definitions)
        {
            var first = _context.File.Vars[0].Line;
            var last = Math.Max(first, Calls.Skip(before).Select(c => c.Line).DefaultIfEmpty(first).Max());
            Definitions.Add(new CodeDefinition(id, "<init>", DefinitionKind.Module, first, last)
            {
                Entry = _context.IsTest ? EntryPointKind.None : EntryPointKind.ModuleCode,
            });
        }
    }

    private static bool IsExported(string name) => name.Length > 0 && char.IsUpper(name[0]);

    /// <summary>Go forbids importing an internal package from outside its parent: not public API.</summary>
    private static bool IsInternal(string path) =>
        path.StartsWith("internal/", StringComparison.Ordinal) || path.Contains("/internal/", StringComparison.Ordinal) || path.EndsWith("/internal", StringComparison.Ordinal);
}
