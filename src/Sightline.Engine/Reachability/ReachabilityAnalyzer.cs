using Sightline.Core.Code;
using Sightline.Core.Model;
using Sightline.Store;

namespace Sightline.Engine.Reachability;

/// <summary>
/// Verdicts per repository × advisory from the stored source analysis: is a vulnerable symbol called, from
/// an entry point (with the shortest trace), only called, only imported, or not imported at all.
/// Repositories' call graphs are loaded once per analyzer.
/// </summary>
/// <param name="git">Reads a library at the tag matching the version a consumer uses; null traces libraries at their indexed revision.</param>
public sealed partial class ReachabilityAnalyzer(SightlineStore store, Fleet.Git.IGitClient? git = null) : IDisposable
{
    private readonly Dictionary<string, (RepositoryCode Code, SourceLines Lines)> _repositories = new(StringComparer.Ordinal);
    private Dictionary<string, string>? _locations;

    /// <summary>The language analyser that reads each ecosystem's code; others have none yet.</summary>
    public static string? AnalyserFor(Ecosystem ecosystem) => ecosystem switch
    {
        Ecosystem.Npm => "javascript",
        Ecosystem.NuGet => "csharp",
        Ecosystem.Maven => "java",
        Ecosystem.PyPI => "python",
        Ecosystem.Go => "go",
        _ => null,
    };

    public ReachabilityVerdict Evaluate(string repository, Ecosystem ecosystem, string package, IReadOnlyCollection<string> symbols)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(symbols);
        if (AnalyserFor(ecosystem) is not { } analyser)
        {
            return new ReachabilityVerdict(Verdict.Unknown, $"no source analyser for {ecosystem} yet: treated as affected");
        }

        var (code, lines) = Load(repository);
        if (!code.Analysers.Contains(analyser) && !code.Analysers.Contains(RepositoryCode.ScipAnalyser))
        {
            return new ReachabilityVerdict(Verdict.Unknown, $"no {analyser} source was analysed in {repository}: treated as affected") { Analyser = analyser };
        }

        var matcher = new SymbolMatcher(symbols);
        if (matcher.IsEmpty)
        {
            return new ReachabilityVerdict(Verdict.Unknown, "the advisory names no vulnerable symbols (add them with an overlay): treated as affected")
            {
                Analyser = analyser,
                Imports = Imports(code, ecosystem, package, symbols),
            };
        }

        var exports = Exports(repository, symbols, new HashSet<string>(StringComparer.Ordinal));
        var verdict = Judge(code, lines, exports.Count == 0 ? matcher : new SymbolMatcher(symbols.Concat(exports.Keys)), ecosystem, package, symbols, exports);
        return verdict with { Analyser = Source(code, verdict, analyser), Symbols = [.. symbols], UnresolvedCalls = code.UnresolvedCalls };
    }

    /// <summary>Which analysis the evidence came from: the built-in analyser, or a SCIP index for the files it covers.</summary>
    private static string Source(RepositoryCode code, ReachabilityVerdict verdict, string analyser)
    {
        var files = verdict.Trace.Where(f => f.Repository is null).Select(f => f.File)
            .Concat(verdict.CallSites.Select(c => c.File)).Concat(verdict.Imports.Select(i => i.File));
        var sources = files.Select(f => code.Sources.GetValueOrDefault(f)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return sources.Count == 0 ? analyser : string.Join(", ", sources);
    }

    private (RepositoryCode, SourceLines) Load(string repository)
    {
        if (!_repositories.TryGetValue(repository, out var loaded))
        {
            _locations ??= store.ListRepositories().ToDictionary(r => r.Name, r => r.Location, StringComparer.Ordinal);
            loaded = (new RepositoryCode(store.LoadCode(repository).Values), new SourceLines(_locations.GetValueOrDefault(repository)));
            _repositories[repository] = loaded;
        }

        return loaded;
    }
}
