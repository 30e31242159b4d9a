using Sightline.Analysis.Python.Model;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Python.Linking;

/// <summary>
/// Walks every Python file of the repository (imports of one module reach into others), then resolves each
/// analysed file's recorded chains: repository definitions by id (Local, Reference), everything else by its
/// module path (External), star imports as candidates, the rest Unresolved with its text.
/// </summary>
internal sealed partial class Linker
{
    private const int MaxDepth = 12;

    private readonly Dictionary<string, FileModel> _modules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (FileModel? Model, string? Skipped, List<CodeWarning> Warnings)> _walks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileModel?> _moduleOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> _definitions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Value> _attributes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<IReadOnlyList<Segment>> Chains, Scope Scope)> _bases = new(StringComparer.Ordinal);
    private readonly IRepositoryFiles _repository;

    public Linker(IRepositoryFiles repository, IReadOnlyList<string> files, PythonAnalyserOptions options, CancellationToken cancellationToken)
    {
        _repository = repository;
        var all = repository.Files.ToHashSet(StringComparer.Ordinal);
        foreach (var (path, module) in ModuleNames.Unique(files.Where(f => f.EndsWith(".py", StringComparison.Ordinal)), all))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var walk = FileWalk.Run(repository, path, module, options, cancellationToken);
            _walks[path] = walk;
            if (walk.Model is not { } model)
            {
                continue;
            }

            _modules.TryAdd(model.Module, model);
            _definitions.UnionWith(model.Definitions.Select(d => d.Id));
            _classes.UnionWith(model.Classes);
            foreach (var (key, value) in model.Bases)
            {
                _bases.TryAdd(key, value);
            }

            foreach (var (key, value) in model.Attributes)
            {
                _attributes.TryAdd(key, value);
            }
        }
    }

    public IReadOnlyList<FileAnalysis> Link(IReadOnlyList<string> analyse)
    {
        var results = new List<FileAnalysis>(analyse.Count);
        var entries = Entries();
        foreach (var path in analyse)
        {
            if (!_walks.TryGetValue(path, out var walk))
            {
                continue;
            }

            if (walk.Model is not { } model)
            {
                results.Add(new FileAnalysis(path, "python") { Skipped = walk.Skipped, Warnings = walk.Warnings, IsTest = SourceFiles.IsTest(path) });
                continue;
            }

            results.Add(Result(model, entries));
        }

        return results;
    }

    private FileAnalysis Result(FileModel model, Dictionary<string, EntryPointKind> entries)
    {
        var isTest = SourceFiles.IsTest(model.Path);
        var moduleEntry = isTest ? EntryPointKind.None
            : model.HasMainBlock || model.Path.EndsWith("__main__.py", StringComparison.Ordinal) ? EntryPointKind.Main
            : EntryPointKind.ModuleCode;
        var definitions = new List<CodeDefinition>(model.Definitions.Count + 1)
        {
            new(model.Globals.Owner, "<module>", DefinitionKind.Module, 1, Math.Max(1, model.Lines)) { Entry = moduleEntry },
        };
        foreach (var definition in model.Definitions.OrderBy(d => d.StartLine))
        {
            definitions.Add(!isTest && entries.TryGetValue(definition.Id, out var entry) ? definition with { Entry = entry } : definition);
        }

        var calls = new List<CodeCall>(model.Calls.Count);
        foreach (var raw in model.Calls)
        {
            if (Resolve(raw) is { } call)
            {
                calls.Add(call);
            }
        }

        return new FileAnalysis(model.Path, "python")
        {
            IsTest = isTest,
            Definitions = definitions,
            Imports = model.Imports.Where(i => !IsRepositoryModule(i.Specifier)).ToList(),
            Calls = calls,
            Warnings = model.Warnings,
            Lines = model.Lines,
        };
    }

    private bool IsRepositoryModule(string dotted) => RepositoryModule(dotted) is not null;

    /// <summary>The longest prefix of <paramref name="dotted"/> that is a module of the repository.</summary>
    private FileModel? RepositoryModule(string dotted)
    {
        if (_moduleOf.TryGetValue(dotted, out var known))
        {
            return known;
        }

        var found = LongestModule(dotted);
        _moduleOf[dotted] = found;
        return found;
    }

    private FileModel? LongestModule(string dotted)
    {
        var name = dotted;
        while (true)
        {
            if (_modules.TryGetValue(name, out var model))
            {
                return model;
            }

            var dot = name.LastIndexOf('.');
            if (dot < 0)
            {
                return null;
            }

            name = name[..dot];
        }
    }
}
