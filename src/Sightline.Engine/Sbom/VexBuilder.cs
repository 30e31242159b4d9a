using System.Globalization;
using System.Text;
using Sightline.Core.Advisories;
using Sightline.Core.Code;
using Sightline.Core.Findings;
using Sightline.Core.Queries;
using Sightline.Engine.Matching;
using Sightline.Engine.Reachability;
using Sightline.Reports.Vex;
using Sightline.Store;
using Sightline.Store.Findings;

namespace Sightline.Engine.Sbom;

/// <summary>
/// One VEX statement per advisory that names a package the repository uses, from what Sightline knows:
/// affected (reachable or called: the trace is the evidence, the fix the action), not_affected because the
/// vulnerable code is not in the execute path (imported but no vulnerable symbol called, or never imported:
/// which symbols, and that no call site exists), not_affected because the version is outside the range,
/// fixed once the fix record verified it, under_investigation when the code could not be judged.
/// </summary>
public static class VexBuilder
{
    public static VexDocument Build(SightlineStore store, string repository, VexProduct product, string author, bool reproducible, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(product);
        var time = SbomBuilder.Timestamp(reproducible, now);
        var ids = store.RepositoryIds([repository]);
        var advisories = store.AdvisoriesForIndexedPackages(ids).Where(a => a.Withdrawn is null).ToList();
        var findings = new FindingReader(store).Read(store.QueryFindings(FindingScope.ForRepositories(ids), [.. advisories.Select(a => a.Id)]), 1)
            .Where(f => f.IgnoredBecause is null).ToList();
        using var analyzer = new ReachabilityAnalyzer(store, new Fleet.Git.GitCli());
        findings = [.. new ReachabilityEnricher(analyzer).Enrich(findings, advisories)];
        var verified = store.LoadFixEvents().Where(e => e.Repository == repository).GroupBy(e => e.FixId)
            .Where(g => g.LastOrDefault(e => e.Step != FixSteps.Planned)?.Step == FixSteps.Verified).ToDictionary(g => g.Key, g => g.Last());
        var statements = advisories.OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => Statement(store, repository, a, findings.Where(f => f.AdvisoryId == a.Id).ToList(), verified.GetValueOrDefault(a.Id), time))
            .ToList();
        return new VexDocument($"https://sightline.invalid/vex/{Uri.EscapeDataString(product.BomRef)}", author, time, 1, product, statements);
    }

    private static VexStatement Statement(SightlineStore store, string repository, Advisory advisory, IReadOnlyList<Finding> findings, FixEvent? verified, DateTimeOffset time)
    {
        if (findings.Count == 0)
        {
            var used = Used(store, repository, advisory);
            return verified is not null
                ? new VexStatement(advisory.Id, advisory.Aliases, advisory.Summary, VexStatus.Fixed, null, used, null, null,
                    $"fix verified by re-indexing at {verified.At.ToString("u", CultureInfo.InvariantCulture)} (fix record event {verified.Sequence}: {verified.Evidence})", time)
                : new VexStatement(advisory.Id, advisory.Aliases, advisory.Summary, VexStatus.NotAffected, VexJustification.VulnerableCodeNotPresent, used,
                    $"the version in use ({string.Join(", ", used.Select(u => u.Purl))}) is outside the affected ranges", null, null, time);
        }

        var subcomponents = findings.Select(f => new VexSubcomponent(f.Purl, f.Purl)).DistinctBy(s => s.Purl).ToList();
        var verdict = findings.Select(f => f.Reachability).Where(v => v is not null).OrderBy(ReachabilityEnricher.Rank).FirstOrDefault();
        var fix = string.Join("; ", findings.Select(f => $"upgrade {f.Package} {f.Version} to {(f.FixedVersions.Count > 0 ? string.Join(" or ", f.FixedVersions) : "a fixed version")}"
            + (f.Direct ? string.Empty : $" (bump {f.DirectDependency ?? "its parent"})")).Distinct());
        return verdict?.Verdict switch
        {
            Verdict.Reachable or Verdict.Called => new VexStatement(advisory.Id, advisory.Aliases, advisory.Summary, VexStatus.Affected, null, subcomponents,
                null, fix + " (see `sightline plan " + advisory.Id + "`)", Evidence(verdict), time),
            Verdict.Imported or Verdict.NotImported => new VexStatement(advisory.Id, advisory.Aliases, advisory.Summary, VexStatus.NotAffected,
                VexJustification.VulnerableCodeNotInExecutePath, subcomponents, NotInPath(verdict), null, Evidence(verdict), time),
            _ => new VexStatement(advisory.Id, advisory.Aliases, advisory.Summary, VexStatus.UnderInvestigation, null, subcomponents,
                null, null, verdict?.Reason ?? "the code was not analysed", time),
        };
    }

    private static string NotInPath(ReachabilityVerdict verdict) =>
        (verdict.Verdict == Verdict.NotImported ? "the production code never imports the package" : "the package is imported but none of the vulnerable functions is called")
        + (verdict.Symbols.Count > 0 ? $" (vulnerable: {string.Join(", ", verdict.Symbols)}; no call site found)" : string.Empty);

    private static string Evidence(ReachabilityVerdict verdict)
    {
        var text = new StringBuilder(verdict.Reason);
        foreach (var frame in verdict.Trace)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{(frame.Repository is { } r ? $"[{r}] " : string.Empty)}{frame.File}:{frame.Line}:{frame.Column} {frame.Caller} calls {frame.Callee}");
        }

        foreach (var site in verdict.Trace.Count == 0 ? verdict.CallSites : [])
        {
            text.Append(CultureInfo.InvariantCulture, $"\ncall site {site.File}:{site.Line}:{site.Column} {site.What}");
        }

        return text.ToString();
    }

    private static IReadOnlyList<VexSubcomponent> Used(SightlineStore store, string repository, Advisory advisory) =>
        [.. advisory.Affected.Where(a => a.Ecosystem is not null)
            .SelectMany(a => store.WhoUses(new PackageQuery(a.Name, a.Ecosystem!.Value, null)))
            .Where(u => u.Repository == repository)
            .Select(u => new VexSubcomponent(u.Purl, u.Purl)).DistinctBy(s => s.Purl)];
}
