using System.Diagnostics;
using Sightline.Core.Advisories;
using Sightline.Core.Model;
using Sightline.Store;
using Sightline.Store.Findings;
using Sightline.Versioning.Osv;

namespace Sightline.Engine.Matching;

/// <summary>
/// Matches advisories against stored dependency graphs and replaces the findings in scope: the whole
/// fleet, some repositories (after indexing) or some packages (after importing advisories).
/// </summary>
public sealed class FleetMatcher(SightlineStore store)
{
    public MatchReport Match(FindingScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var clock = Stopwatch.StartNew();
        var index = LoadIndex(scope);
        var loaded = clock.Elapsed;
        var before = store.QueryFindingIds(scope);

        var (findings, candidates) = Find(index, store.MatchCandidates(scope));
        // Resolved findings are named before they are deleted; their nodes stay (only a re-index removes nodes).
        var after = findings.Select(f => (f.Node.ManifestId, f.Node.NodeIndex, f.AdvisoryId)).ToHashSet();
        var resolved = store.DescribeFindings(before.Where(id => !after.Contains(id)));
        store.ReplaceFindings(scope, findings);
        var added = store.DescribeFindings(after.Where(id => !before.Contains(id)));
        return new MatchReport(index.AdvisoryCount, candidates, findings.Count, added, resolved, index.UnsupportedEntries, loaded, clock.Elapsed);
    }

    /// <summary>
    /// What one advisory would find, without importing it or touching stored findings: for a pattern
    /// advisory a user is still writing (`exposure --pattern`).
    /// </summary>
    public IReadOnlyList<NewFinding> Preview(Advisory advisory)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        var index = new AdvisoryIndex();
        index.Add(advisory);
        var packages = advisory.Affected.Where(a => a.Ecosystem is not null)
            .Select(a => (a.Ecosystem!.Value.ToString(), PackageNames.Normalize(a.Ecosystem.Value, a.Name))).Distinct().ToList();
        return packages.Count == 0 ? [] : Find(index, store.MatchCandidates(FindingScope.ForPackages(packages))).Findings;
    }

    private static (List<NewFinding> Findings, int Candidates) Find(AdvisoryIndex index, IEnumerable<MatchCandidate> nodes)
    {
        var findings = new List<NewFinding>();
        var memo = new Dictionary<(Ecosystem, string, string), List<AdvisoryMatch>>();
        var candidates = 0;
        foreach (var node in nodes)
        {
            candidates++;
            if (node.Version is null || !Enum.TryParse<Ecosystem>(node.Ecosystem, out var ecosystem)
                || !index.TryGet(ecosystem, node.NormalizedName, out var entries))
            {
                continue;
            }

            if (!memo.TryGetValue((ecosystem, node.NormalizedName, node.Version), out var matches))
            {
                matches = Evaluate(entries, IndexedAffected.Query(ecosystem, node.Version));
                memo[(ecosystem, node.NormalizedName, node.Version)] = matches;
            }

            foreach (var match in matches)
            {
                findings.Add(new NewFinding(node, match.AdvisoryId, match.Status, match.Reason, match.Fixed, match.Score, match.Band, match.SeveritySource));
            }
        }

        return (findings, candidates);
    }

    private AdvisoryIndex LoadIndex(FindingScope scope)
    {
        var index = new AdvisoryIndex();
        if (scope.Packages is { } packages)
        {
            foreach (var (ecosystem, name) in packages)
            {
                if (Enum.TryParse<Ecosystem>(ecosystem, out var eco))
                {
                    foreach (var advisory in store.AdvisoriesFor(eco, name))
                    {
                        index.Add(advisory);
                    }
                }
            }

            return index;
        }

        foreach (var advisory in store.AdvisoriesForIndexedPackages(scope.RepositoryIds))
        {
            index.Add(advisory);
        }

        return index;
    }

    /// <summary>
    /// One match per advisory: affected when any of its entries for the package says so, unknown when
    /// none says affected but one could not decide (never read as safe).
    /// </summary>
    private static List<AdvisoryMatch> Evaluate(List<IndexedAffected> entries, VersionQuery version)
    {
        var matches = new List<AdvisoryMatch>();
        foreach (var advisory in entries.GroupBy(e => e.Advisory.Id, StringComparer.Ordinal))
        {
            var verdicts = advisory.Select(e => (Entry: e, Verdict: e.Evaluate(version))).ToList();
            var decisive = verdicts.FirstOrDefault(v => v.Verdict.Status == AffectedStatus.Affected);
            if (decisive.Entry is null)
            {
                decisive = verdicts.FirstOrDefault(v => v.Verdict.Status == AffectedStatus.Unknown);
            }

            if (decisive.Entry is null)
            {
                continue;
            }

            var fixedVersions = verdicts.Where(v => v.Verdict.Status != AffectedStatus.NotAffected)
                .SelectMany(v => v.Verdict.FixedIn is { } f ? [f] : v.Verdict.FixedVersions).Distinct().ToList();
            var severity = decisive.Entry.Severity;
            matches.Add(new AdvisoryMatch(advisory.Key, decisive.Verdict.Status == AffectedStatus.Affected ? "affected" : "unknown", decisive.Verdict.Reason,
                fixedVersions.Count == 0 ? null : string.Join(", ", fixedVersions), severity.Score, severity.Band.ToString().ToLowerInvariant(), severity.Source));
        }

        return matches;
    }

    private sealed record AdvisoryMatch(string AdvisoryId, string Status, string Reason, string? Fixed, double? Score, string Band, string? SeveritySource);
}

/// <summary>
/// What a match run did. New and resolved findings are keys (repository|manifest|ecosystem|package|version|advisory),
/// one per package version (npm's nested copies collapse). After a re-index every finding of the repository is
/// new: the old ones went with the old graph.
/// </summary>
public sealed record MatchReport(
    int Advisories,
    int Candidates,
    int Findings,
    IReadOnlyList<string> New,
    IReadOnlyList<string> Resolved,
    int UnsupportedEntries,
    TimeSpan LoadTime,
    TimeSpan Elapsed);
