using System.Text.Json;
using Sightline.Engine.Internal;
using Sightline.Engine.Matching;
using Sightline.Store;
using Sightline.Store.Findings;

namespace Sightline.Engine.Remediation;

/// <summary>
/// Keeps the fix record honest after indexing: a repository with a recorded fix that no longer has a
/// finding for the advisory (neither its own nor through an internal library) is marked verified, with the
/// revision as evidence; one verified earlier that has a finding again is reopened.
/// </summary>
public static class FixVerifier
{
    public static IReadOnlyList<FixEvent> Update(SightlineStore store, IReadOnlyCollection<string> indexed, string actor)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(indexed);
        var appended = new List<FixEvent>();
        var revisions = store.ListRepositories().ToDictionary(r => r.Name, r => r.Revision, StringComparer.Ordinal);
        foreach (var fix in store.LoadFixEvents().Where(e => indexed.Contains(e.Repository)).GroupBy(e => e.FixId))
        {
            var advisories = store.FindAdvisories(fix.Key);
            var ids = advisories.Count > 0 ? advisories.Select(a => a.Id).ToList() : [fix.Key];
            var affected = AffectedRepositories(store, ids);
            foreach (var repository in fix.GroupBy(e => e.Repository))
            {
                var last = repository.LastOrDefault(e => e.Step is not FixSteps.Planned)?.Step;
                var stillAffected = affected.Contains(repository.Key);
                var revision = revisions.GetValueOrDefault(repository.Key);
                if (!stillAffected && last != FixSteps.Verified)
                {
                    appended.Add(store.AppendFixEvent(fix.Key, repository.Key, FixSteps.Verified, actor,
                        JsonSerializer.Serialize(new { revision, finding = "none: no manifest resolves an affected version" })));
                }
                else if (stillAffected && last == FixSteps.Verified)
                {
                    appended.Add(store.AppendFixEvent(fix.Key, repository.Key, FixSteps.Reopened, actor,
                        JsonSerializer.Serialize(new { revision, finding = "an affected version is resolved again" })));
                }
            }
        }

        return appended;
    }

    /// <summary>Repositories with a finding for the advisory, or exposed to it through an internal library.</summary>
    private static HashSet<string> AffectedRepositories(SightlineStore store, IReadOnlyCollection<string> advisoryIds)
    {
        var findings = new FindingReader(store).Read(store.QueryFindings(FindingScope.All, advisoryIds), 1)
            .Where(f => f.IgnoredBecause is null).ToList();
        var uses = findings.Select(f => new PackageUse(f.Repository, f.Revision, f.Manifest, f.Lockfile, f.Ecosystem, f.Package, f.Version, f.Purl, f.Scope, f.Direct,
            f.Paths.Count > 0 ? f.Paths[0] : [$"{f.Package}@{f.Version}"])).ToList();
        return [.. InternalUses.Expand(store, uses).Select(u => u.Repository)];
    }
}
