using Sightline.Advisories.Symbols;
using Sightline.Core.Advisories;
using Sightline.Core.Code;
using Sightline.Core.Findings;
using Sightline.Core.Model;

namespace Sightline.Engine.Reachability;

/// <summary>
/// Gives each affected finding its repository × advisory verdict. The symbols are those of the advisory
/// (its imports, RustSec functions, the overlay applied at import), whatever package they belong to:
/// Log4Shell is in log4j-core but code calls log4j-api's Logger. The built-in overlay is applied again on
/// read (it is idempotent): a record stored before the overlay knew it still gets its symbols.
/// </summary>
public sealed class ReachabilityEnricher(ReachabilityAnalyzer analyzer)
{
    private readonly Dictionary<(string Repository, string Advisory, string Ecosystem, string Package), ReachabilityVerdict> _verdicts = [];

    public IReadOnlyList<Finding> Enrich(IReadOnlyList<Finding> findings, IReadOnlyList<Advisory> advisories)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(advisories);
        var symbols = advisories.ToDictionary(a => a.Id, a => (IReadOnlyCollection<string>)[.. VulnerableSymbols.From(SymbolOverlay.BuiltIn.Apply(a)).Symbols.Select(s => s.FullName).Distinct(StringComparer.Ordinal)], StringComparer.OrdinalIgnoreCase);
        return [.. findings.Select(f => f.Status == "affected" && Enum.TryParse<Ecosystem>(f.Ecosystem, out var ecosystem)
            ? f with { Reachability = Verdict(f, ecosystem, symbols.GetValueOrDefault(f.AdvisoryId) ?? []) }
            : f)];
    }

    /// <summary>Strongest first; unknown (treated as affected) before imported and not-imported.</summary>
    public static int Rank(ReachabilityVerdict? verdict) => verdict?.Verdict switch
    {
        Core.Code.Verdict.Reachable => 0,
        Core.Code.Verdict.Called => 1,
        Core.Code.Verdict.Unknown or null => 2,
        Core.Code.Verdict.Imported => 3,
        _ => 4,
    };

    private ReachabilityVerdict Verdict(Finding finding, Ecosystem ecosystem, IReadOnlyCollection<string> symbols)
    {
        var key = (finding.Repository, finding.AdvisoryId, finding.Ecosystem, finding.Package);
        if (!_verdicts.TryGetValue(key, out var verdict))
        {
            verdict = analyzer.Evaluate(finding.Repository, ecosystem, finding.Package, symbols);
            _verdicts[key] = verdict;
        }

        return verdict;
    }
}
