using Sightline.Core.Code;
using Sightline.Store;

namespace Sightline.Engine.Reachability;

/// <summary>
/// One repository's analysed code as a call graph: definitions by id, edges from Local and Reference calls,
/// the entry points of production code, and every external call site.
/// </summary>
internal sealed class RepositoryCode
{
    private readonly Dictionary<string, List<(string Callee, CodeCall Call, string File)>> _edges = new(StringComparer.Ordinal);

    public RepositoryCode(IEnumerable<StoredCodeFile> stored)
    {
        // A SCIP index's analysis of a file is preferred to the built-in analyser's: its references are
        // compiler-precise. Both ran, so both analysers count as having covered the repository.
        var files = new List<StoredCodeFile>();
        foreach (var group in stored.GroupBy(s => s.Analysis.Path, StringComparer.Ordinal))
        {
            foreach (var analysis in group)
            {
                Analysers.Add(analysis.Analyser);
            }

            var chosen = group.FirstOrDefault(s => s.Analyser == ScipAnalyser) ?? group.First();
            files.Add(chosen);
            Sources[chosen.Analysis.Path] = chosen.Analyser == ScipAnalyser ? chosen.Analysis.Language : chosen.Analyser;
        }

        foreach (var entry in files)
        {
            var file = entry.Analysis;
            Files.Add(file);
            if (file.IsTest)
            {
                continue;
            }

            foreach (var definition in file.Definitions.Where(d => d.Entry != EntryPointKind.None))
            {
                Entries.Add(definition.Id);
            }

            foreach (var call in file.Calls)
            {
                var caller = CallerOf(file, call);
                if (call.Kind == CallKind.Unresolved)
                {
                    UnresolvedCalls++;
                }

                if (call.Kind is CallKind.Local or CallKind.Reference && call.Callee is not null)
                {
                    if (!_edges.TryGetValue(caller, out var list))
                    {
                        _edges[caller] = list = [];
                    }

                    list.Add((call.Callee, call, file.Path));
                }
            }

            // Calls made by a file's top-level code with no module definition still run when it loads.
            if (file.Calls.Any(c => c.Caller is null))
            {
                Entries.Add(ModuleOf(file.Path));
            }
        }
    }

    /// <summary>The analyser id of SCIP index analyses.</summary>
    public const string ScipAnalyser = "scip";

    public List<FileAnalysis> Files { get; } = [];

    /// <summary>Per file, where its analysis came from: the built-in analyser id, or the SCIP indexer ("scip-typescript").</summary>
    public Dictionary<string, string> Sources { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Analysers { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Entries { get; } = new(StringComparer.Ordinal);

    public int UnresolvedCalls { get; }

    public static string CallerOf(FileAnalysis file, CodeCall call) => call.Caller ?? ModuleOf(file.Path);

    public static string ModuleOf(string path) => path + "#<module>";

    /// <summary>
    /// Backwards from the callers of the given call sites: for every definition that reaches one of them,
    /// the next call on a shortest way there (the site itself for its own caller). A library's exports
    /// are looked up in this to continue a consumer's trace.
    /// </summary>
    public Dictionary<string, (string? Next, CodeCall Call, string File, string Callee)> ReachBackwards(IEnumerable<(string Caller, CodeCall Call, string File, string Callee)> sites)
    {
        var callers = new Dictionary<string, List<(string Caller, CodeCall Call, string File)>>(StringComparer.Ordinal);
        foreach (var (caller, edges) in _edges)
        {
            foreach (var (callee, call, file) in edges)
            {
                if (!callers.TryGetValue(callee, out var list))
                {
                    callers[callee] = list = [];
                }

                list.Add((caller, call, file));
            }
        }

        var next = new Dictionary<string, (string?, CodeCall, string, string)>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var (caller, call, file, callee) in sites)
        {
            if (next.TryAdd(caller, (null, call, file, callee)))
            {
                queue.Enqueue(caller);
            }
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (caller, call, file) in callers.GetValueOrDefault(node) ?? [])
            {
                if (next.TryAdd(caller, (node, call, file, node)))
                {
                    queue.Enqueue(caller);
                }
            }
        }

        return next;
    }

    /// <summary>Every production definition, by id.</summary>
    public IEnumerable<CodeDefinition> Definitions => Files.Where(f => !f.IsTest).SelectMany(f => f.Definitions);

    /// <summary>Breadth-first from every entry point: for each reached definition, the call that reached it first.</summary>
    public Dictionary<string, (string? From, CodeCall? Call, string? File)> Reach()
    {
        var reached = new Dictionary<string, (string?, CodeCall?, string?)>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var entry in Entries.Order(StringComparer.Ordinal))
        {
            reached[entry] = (null, null, null);
            queue.Enqueue(entry);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (!_edges.TryGetValue(node, out var edges))
            {
                continue;
            }

            foreach (var (callee, call, file) in edges)
            {
                if (reached.TryAdd(callee, (node, call, file)))
                {
                    queue.Enqueue(callee);
                }
            }
        }

        return reached;
    }
}
