using Sightline.Advisories.Severity;
using Sightline.Core.Advisories;
using Sightline.Core.Model;
using Sightline.Versioning;
using Sightline.Versioning.Osv;

namespace Sightline.Engine.Matching;

/// <summary>
/// Advisories keyed by (ecosystem, normalised package name), each affected entry compiled once, so
/// matching a package node costs one hash lookup and, on a hit, a few version comparisons.
/// Withdrawn advisories and ecosystems we cannot order are left out.
/// </summary>
public sealed class AdvisoryIndex
{
    private readonly Dictionary<(Ecosystem, string), List<IndexedAffected>> _byPackage = [];

    public int AdvisoryCount { get; private set; }

    public int EntryCount { get; private set; }

    /// <summary>Affected entries in ecosystems Sightline does not support (kept in the store, never matched).</summary>
    public int UnsupportedEntries { get; private set; }

    public void Add(Advisory advisory)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        if (advisory.Withdrawn is not null)
        {
            return;
        }

        AdvisoryCount++;
        foreach (var affected in advisory.Affected)
        {
            if (affected.Ecosystem is not { } ecosystem)
            {
                UnsupportedEntries++;
                continue;
            }

            var key = (ecosystem, PackageNames.Normalize(ecosystem, affected.Name));
            if (!_byPackage.TryGetValue(key, out var list))
            {
                _byPackage[key] = list = [];
            }

            var severity = AdvisorySeverity.From(advisory, affected);
            list.Add(new IndexedAffected(advisory, affected, CompiledAffected.Compile(affected), severity));
            EntryCount++;
        }
    }

    public bool TryGet(Ecosystem ecosystem, string normalizedName, out List<IndexedAffected> entries) =>
        _byPackage.TryGetValue((ecosystem, normalizedName), out entries!);

    public IEnumerable<(Ecosystem Ecosystem, string Name)> Packages => _byPackage.Keys;
}

/// <summary>One affected[] entry of one advisory, ready to evaluate.</summary>
public sealed record IndexedAffected(Advisory Advisory, AffectedPackage Affected, CompiledAffected Compiled, AdvisorySeverityResult Severity)
{
    public AffectedVerdict Evaluate(VersionQuery version) => Compiled.Evaluate(version);

    public static VersionQuery Query(Ecosystem ecosystem, string version) => VersionQuery.Create(version, VersionSchemes.For(ecosystem));
}
