using Sightline.Core.Advisories;
using Sightline.Core.Model;
using Sightline.Core.Versioning;
using Sightline.Versioning.Osv;

namespace Sightline.Remediation.Targets;

/// <summary>One advisory reduced to its <c>affected[]</c> entries for one package, compiled once.</summary>
internal sealed class ScopedAdvisory
{
    private readonly CompiledAffected[] _entries;

    private ScopedAdvisory(string id, CompiledAffected[] entries)
    {
        Id = id;
        _entries = entries;
        var events = entries.SelectMany(e => e.Package.Ranges)
            .Where(r => r.Type is RangeType.Ecosystem or RangeType.Semver)
            .SelectMany(r => r.Events)
            .ToList();
        FixedVersions = [.. events.Where(e => e.Kind == RangeEventKind.Fixed).Select(e => e.Version).Distinct(StringComparer.Ordinal)];
        LastAffected = [.. events.Where(e => e.Kind == RangeEventKind.LastAffected).Select(e => e.Version).Distinct(StringComparer.Ordinal)];
    }

    public string Id { get; }

    /// <summary>Every <c>fixed</c> event for the package: each names a version that exists.</summary>
    public IReadOnlyList<string> FixedVersions { get; }

    public IReadOnlyList<string> LastAffected { get; }

    /// <summary>The advisories that name the package (normalised per ecosystem); withdrawn ones never match.</summary>
    public static List<ScopedAdvisory> Select(
        Ecosystem ecosystem, string package, IEnumerable<Advisory> advisories, IVersionScheme scheme)
    {
        var wanted = PackageNames.Normalize(ecosystem, package);
        var scoped = new List<ScopedAdvisory>();
        foreach (var advisory in advisories)
        {
            if (advisory is null || advisory.Withdrawn is not null)
            {
                continue;
            }

            var entries = advisory.Affected
                .Where(a => EcosystemOf(a) == ecosystem && PackageNames.Normalize(ecosystem, a.Name) == wanted)
                .Select(a => AffectedEvaluator.Compiled(a, scheme))
                .ToArray();
            if (entries.Length > 0 && !scoped.Exists(s => s.Id == advisory.Id))
            {
                scoped.Add(new ScopedAdvisory(advisory.Id, entries));
            }
        }

        return scoped;
    }

    /// <summary>Affected when any entry says so; Unknown when none does but one cannot tell.</summary>
    public (AffectedStatus Status, string Reason) Evaluate(VersionQuery version)
    {
        string? unknown = null;
        foreach (var entry in _entries)
        {
            var verdict = entry.Evaluate(version);
            if (verdict.Status == AffectedStatus.Affected)
            {
                return (AffectedStatus.Affected, verdict.Reason);
            }

            if (verdict.Status == AffectedStatus.Unknown)
            {
                unknown ??= verdict.Reason;
            }
        }

        return unknown is null ? (AffectedStatus.NotAffected, string.Empty) : (AffectedStatus.Unknown, unknown);
    }

    private static Ecosystem? EcosystemOf(AffectedPackage affected) =>
        affected.Ecosystem ?? (EcosystemNames.TryParse(affected.EcosystemName, out var parsed) ? parsed : null);
}
