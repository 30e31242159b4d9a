namespace Sightline.Reports.Sbom.CycloneDx;

internal static partial class CycloneDxMapper
{
    /// <summary>
    /// One entry per node, sorted by ref, targets sorted and unique (the schema requires uniqueItems). Dev edges join
    /// the ordinary ones: CycloneDX has no dev edge, the target's scope ("excluded") already says it is dev-only.
    /// Entries for a node twice are merged; refs that name nothing in the BOM are dropped, since CycloneDX consumers
    /// treat a dangling ref as a broken document.
    /// </summary>
    private static List<CdxDependency> Dependencies(IReadOnlyList<SbomDependency> dependencies, HashSet<string> known)
    {
        var merged = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var dependency in dependencies)
        {
            if (!known.Contains(dependency.Ref))
            {
                continue;
            }

            if (!merged.TryGetValue(dependency.Ref, out var targets))
            {
                targets = new SortedSet<string>(StringComparer.Ordinal);
                merged.Add(dependency.Ref, targets);
            }

            targets.UnionWith(dependency.DependsOn.Concat(dependency.DevDependsOn).Where(known.Contains));
        }

        return [.. merged.Select(entry => new CdxDependency(entry.Key, [.. entry.Value]))];
    }
}
