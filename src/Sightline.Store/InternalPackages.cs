using Sightline.Core.Model;

namespace Sightline.Store;

/// <summary>A package a repository of the fleet produces: the manifest that names it, at the indexed revision.</summary>
public sealed record PublishedRecord(string Repository, long ManifestId, string Manifest, Ecosystem Ecosystem, string Name, string NormalizedName, string? Version);

/// <summary>
/// The fleet's internal packages, looked up by ecosystem and name: a dependency on one of them leads to the
/// repository that builds it.
/// </summary>
public sealed class InternalPackages
{
    private readonly Dictionary<(Ecosystem, string), List<PublishedRecord>> _byName = [];
    private readonly ILookup<long, PublishedRecord> _byManifest;

    public InternalPackages(IEnumerable<PublishedRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        _byManifest = list.ToLookup(r => r.ManifestId);
        foreach (var record in list)
        {
            var key = (record.Ecosystem, record.NormalizedName);
            if (!_byName.TryGetValue(key, out var producers))
            {
                _byName[key] = producers = [];
            }

            producers.Add(record);
        }
    }

    public int Count => _byName.Count;

    /// <summary>What one manifest publishes.</summary>
    public IEnumerable<PublishedRecord> PublishedBy(long manifestId) => _byManifest[manifestId];

    public IReadOnlyList<PublishedRecord> Producers(Ecosystem ecosystem, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue((ecosystem, PackageNames.Normalize(ecosystem, name)), out var list) ? list : [];
    }

    /// <summary>The producers of the package other than <paramref name="consumer"/> itself (a repository does not depend on itself across the fleet).</summary>
    public IReadOnlyList<PublishedRecord> ProducersFor(string consumer, Ecosystem ecosystem, string name) =>
        [.. Producers(ecosystem, name).Where(p => p.Repository != consumer)];

    /// <summary>"name@version" labels become "name@version [repo]" when another repository produces the package.</summary>
    public string Annotate(string consumer, Ecosystem ecosystem, string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var at = label.LastIndexOf('@');
        var name = at > 0 ? label[..at] : label;
        var producers = ProducersFor(consumer, ecosystem, name);
        return producers.Count == 0 ? label : $"{label} [internal: {string.Join(", ", producers.Select(p => p.Repository).Distinct())}]";
    }
}
