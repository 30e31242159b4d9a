using Sightline.Core.Model;

namespace Sightline.Store.Advisories;

/// <summary>
/// What one import changed. <see cref="ChangedPackages"/> holds every supported (ecosystem, normalized name)
/// named by a record that was added or replaced, before or after the change, so only those are re-matched.
/// </summary>
public sealed record AdvisoryImportResult(
    int Added,
    int Replaced,
    int Unchanged,
    int Older,
    IReadOnlySet<(Ecosystem Ecosystem, string Name)> ChangedPackages)
{
    /// <summary>Records offered to the import.</summary>
    public int Total => Added + Replaced + Unchanged + Older;
}
