using Sightline.Core.Advisories;
using Sightline.Core.Findings;
using Sightline.Store;
using Sightline.Store.Findings;

namespace Sightline.Engine.Matching;

/// <summary>
/// Turns stored findings into report findings: one per package version, manifest and advisory (npm may
/// install a version at several places: their paths are merged), with advisory text, fixes and paths.
/// </summary>
public sealed class FindingReader(SightlineStore store)
{
    private readonly Dictionary<string, Advisory?> _advisories = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, IReadOnlySet<string>> _locals = [];
    private readonly Dictionary<string, string> _locations = store.ListRepositories().ToDictionary(r => r.Name, r => r.Location, StringComparer.Ordinal);

    /// <summary>Findings that get every path walked; past this, the stored shortest path (a huge exposure stays fast).</summary>
    public int MaxFindingsWithAllPaths { get; init; } = 1000;

    /// <summary>Makes an advisory that is not in the store known to the reader (a previewed pattern).</summary>
    public FindingReader With(Advisory advisory)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        _advisories[advisory.Id] = advisory;
        return this;
    }

    /// <param name="maxPaths">Paths listed per finding: 0 for the shortest only (stored, no graph walk).</param>
    public IReadOnlyList<Finding> Read(IReadOnlyList<StoredFinding> stored, int maxPaths)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var pathFinder = maxPaths > 0 ? store.OpenPathFinder() : null;
        var findings = new List<Finding>();
        foreach (var group in stored.GroupBy(s => s.Key, StringComparer.Ordinal))
        {
            var finder = findings.Count < MaxFindingsWithAllPaths ? pathFinder : null;
            var occurrences = group.ToList();
            var paths = new List<IReadOnlyList<string>>();
            var truncated = false;
            // Nested copies of one version: the shallowest few already give the shortest paths.
            foreach (var s in occurrences.OrderBy(o => o.ShortestVia?.Length ?? 0).Take(finder is null ? int.MaxValue : Math.Max(1, maxPaths)))
            {
                if (finder is not null)
                {
                    paths.AddRange(finder.PathsTo(s.ManifestId, s.NodeIndex, maxPaths, out var more));
                    truncated |= more;
                }
                else
                {
                    var label = Label(s.Package, s.Version);
                    paths.Add(s.ShortestVia is null ? [label] : [.. s.ShortestVia.Split(" > "), label]);
                }
            }

            var ordered = paths.DistinctBy(p => string.Join('\u0001', p)).OrderBy(p => p.Count).ToList();
            var limit = Math.Max(1, maxPaths);
            truncated |= ordered.Count > limit || (finder is not null && occurrences.Count > maxPaths) || (pathFinder is not null && finder is null);
            findings.Add(ToFinding(occurrences, [.. ordered.Take(limit)], truncated));
        }

        return findings;
    }

    private Finding ToFinding(List<StoredFinding> occurrences, IReadOnlyList<IReadOnlyList<string>> paths, bool truncated)
    {
        var s = occurrences.FirstOrDefault(o => o.Direct) ?? occurrences[0];
        var advisory = Advisory(s.AdvisoryId);
        var direct = occurrences.Any(o => o.Direct);
        return new Finding
        {
            Repository = s.Repository,
            Revision = s.Revision,
            RepositoryLocation = _locations.GetValueOrDefault(s.Repository),
            Manifest = s.Manifest,
            Lockfile = s.Lockfile,
            Ecosystem = s.Ecosystem,
            Package = s.Package,
            Version = s.Version,
            Purl = s.Purl,
            Scope = occurrences.Select(o => o.Scope).OrderBy(ScopeRank).First(),
            Direct = direct,
            AdvisoryId = s.AdvisoryId,
            Aliases = advisory?.Aliases ?? [],
            Summary = advisory?.Summary,
            Status = s.Status,
            Reason = s.Reason,
            FixedVersions = s.Fixed is null ? [] : s.Fixed.Split(", "),
            SeverityScore = s.SeverityScore,
            SeverityBand = s.SeverityBand,
            SeveritySource = s.SeveritySource,
            Paths = paths,
            PathsTruncated = truncated,
            Occurrences = occurrences.Count,
            DirectDependency = direct ? Label(s.Package, s.Version) : paths.Count == 0 ? null : paths[0].FirstOrDefault(step => !Locals(s.ManifestId).Contains(step)),
        };
    }

    private static int ScopeRank(string scope) => scope switch { "runtime" => 0, "optional" => 1, "peer" => 2, "provided" => 3, "dev" => 4, _ => 5 };

    private static string Label(string name, string? version) => version is null ? name : $"{name}@{version}";

    private IReadOnlySet<string> Locals(long manifestId)
    {
        if (!_locals.TryGetValue(manifestId, out var locals))
        {
            _locals[manifestId] = locals = store.LocalLabels(manifestId);
        }

        return locals;
    }

    private Advisory? Advisory(string id)
    {
        if (!_advisories.TryGetValue(id, out var advisory))
        {
            advisory = store.FindAdvisories(id).FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase));
            _advisories[id] = advisory;
        }

        return advisory;
    }
}
