using Sightline.Core.Code;
using Sightline.Core.Model;

namespace Sightline.Engine.Reachability;

public sealed partial class ReachabilityAnalyzer
{
    private static ReachabilityVerdict Judge(RepositoryCode code, SourceLines lines, SymbolMatcher matcher, Ecosystem ecosystem, string package, IReadOnlyCollection<string> symbols,
        IReadOnlyDictionary<string, LibraryReach> exports)
    {
        var sites = new List<(FileAnalysis File, CodeCall Call, string Symbol)>();
        var testSites = new List<CodeLocation>();
        foreach (var file in code.Files)
        {
            foreach (var call in file.Calls.Where(c => c.Kind != CallKind.Local))
            {
                if (matcher.Match(call.Callee, call.Candidates) is not { } symbol)
                {
                    continue;
                }

                if (file.IsTest)
                {
                    testSites.Add(new CodeLocation(file.Path, call.Line, call.Column, symbol, call.Caller));
                }
                else
                {
                    sites.Add((file, call, symbol));
                }
            }
        }

        if (sites.Count == 0)
        {
            var imports = Imports(code, ecosystem, package, symbols);
            var libraries = Unused(exports);
            return imports.Count > 0
                ? new ReachabilityVerdict(Verdict.Imported, $"imported at {imports.Count} place(s); no vulnerable symbol is called{libraries}") { Imports = imports, TestCallSites = testSites }
                : new ReachabilityVerdict(Verdict.NotImported, $"production code neither imports the package nor calls a vulnerable symbol{libraries}") { TestCallSites = testSites };
        }

        var callSites = sites.Select(s => new CodeLocation(s.File.Path, s.Call.Line, s.Call.Column, s.Symbol, RepositoryCode.CallerOf(s.File, s.Call)))
            .OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line).ToList();
        var reached = code.Reach();
        List<TraceFrame>? best = null;
        foreach (var (file, call, symbol) in sites)
        {
            var caller = RepositoryCode.CallerOf(file, call);
            if (!reached.ContainsKey(caller))
            {
                continue;
            }

            var trace = Trace(reached, caller, lines);
            trace.Add(new TraceFrame(file.Path, call.Line, call.Column, caller, symbol, lines.Line(file.Path, call.Line)));
            if (exports.TryGetValue(symbol, out var library))
            {
                trace.AddRange(library.Frames);
            }

            if (best is null || trace.Count < best.Count)
            {
                best = trace;
            }
        }

        return best is not null
            ? new ReachabilityVerdict(Verdict.Reachable, $"reachable from {best[0].Caller} in {best.Count} call(s)") { Trace = best, CallSites = callSites, TestCallSites = testSites }
            : new ReachabilityVerdict(Verdict.Called, $"called at {callSites.Count} place(s); no path from an entry point found") { CallSites = callSites, TestCallSites = testSites };
    }

    /// <summary>
    /// Why a repository that depends on an internal library reaching the vulnerable code is not reached:
    /// which library function would reach it, and that nothing here calls it.
    /// </summary>
    private static string Unused(IReadOnlyDictionary<string, LibraryReach> exports)
    {
        if (exports.Count == 0)
        {
            return string.Empty;
        }

        var (name, reach) = exports.OrderBy(e => e.Value.Frames.Count).ThenBy(e => e.Key, StringComparer.Ordinal).First();
        return $"; its internal library {reach.Library} ({reach.Repository}) reaches it through {name} → {reach.Frames[^1].Callee}, and nothing here calls {name}"
            + (exports.Count > 1 ? $" (nor {exports.Count - 1} other such function(s))" : string.Empty);
    }

    /// <summary>The frames from the entry point down to <paramref name="caller"/>, outermost first.</summary>
    private static List<TraceFrame> Trace(Dictionary<string, (string? From, CodeCall? Call, string? File)> reached, string caller, SourceLines lines)
    {
        var frames = new List<TraceFrame>();
        var node = caller;
        while (reached[node] is { From: { } from, Call: { } call, File: { } file })
        {
            frames.Add(new TraceFrame(file, call.Line, call.Column, from, node, lines.Line(file, call.Line)));
            node = from;
        }

        frames.Reverse();
        return frames;
    }

    /// <summary>
    /// Production imports of the package or of the symbols' namespaces: npm by package name (deep imports
    /// included), C# by a using of a namespace that holds a vulnerable symbol or that the package is named after.
    /// </summary>
    private static List<CodeLocation> Imports(RepositoryCode code, Ecosystem ecosystem, string package, IReadOnlyCollection<string> symbols)
    {
        var namespaces = symbols.Select(s => s.TrimEnd('*').TrimEnd('.')).Select(s => s.LastIndexOf('.') is var dot && dot > 0 ? s[..dot] : s).ToHashSet(StringComparer.Ordinal);
        var packages = symbols.Select(s => s.Split('.')[0]).Append(package).ToHashSet(StringComparer.Ordinal);
        var found = new List<CodeLocation>();
        foreach (var file in code.Files.Where(f => !f.IsTest))
        {
            foreach (var import in file.Imports)
            {
                var hit = ecosystem == Ecosystem.Npm
                    ? import.Package is { } p && packages.Contains(p)
                    : string.Equals(import.Specifier, package, StringComparison.OrdinalIgnoreCase)
                        || namespaces.Any(ns => ns == import.Specifier || ns.StartsWith(import.Specifier + ".", StringComparison.Ordinal) && import.Specifier.Contains('.', StringComparison.Ordinal));
                if (hit)
                {
                    found.Add(new CodeLocation(file.Path, import.Line, import.Column, import.Specifier));
                }
            }
        }

        // One import statement can bind several names (one CodeImport each): list the place once.
        return [.. found.DistinctBy(l => (l.File, l.Line, l.Column, l.What))];
    }
}
