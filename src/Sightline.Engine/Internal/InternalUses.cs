using Sightline.Core.Model;
using Sightline.Core.Queries;
using Sightline.Store;

namespace Sightline.Engine.Internal;

/// <summary>
/// Who uses a package through the fleet's own libraries: when repository B's graph holds the package and B
/// builds library L, every repository that depends on L uses the package too, even when its own graph
/// stops at L (Gradle and Go graphs do; a Maven POM from B's source tree is not in a local repository).
/// Followed up to <see cref="MaxDepth"/> libraries deep; a consumer whose own graph already holds the
/// package in that manifest is not repeated.
/// </summary>
public static class InternalUses
{
    public const int MaxDepth = 6;

    public static IReadOnlyList<PackageUse> Expand(SightlineStore store, IReadOnlyList<PackageUse> uses)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(uses);
        var internalPackages = store.LoadInternalPackages();
        if (internalPackages.Count == 0)
        {
            return uses;
        }

        var byManifest = store.ListRepositories().SelectMany(r => store.ListManifests(r.Name)).ToDictionary(m => (m.Repository, m.Path));
        var known = uses.Select(u => (u.Repository, u.Manifest)).ToHashSet();
        var result = new List<PackageUse>(uses);
        var frontier = uses.Where(u => u.Version is not null).ToList();
        for (var depth = 0; depth < MaxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<PackageUse>();
            foreach (var use in frontier)
            {
                if (!byManifest.TryGetValue((use.Repository, use.Manifest), out var manifest))
                {
                    continue;
                }

                foreach (var library in internalPackages.PublishedBy(manifest.Id))
                {
                    foreach (var consumer in store.WhoUses(new PackageQuery(library.Name, library.Ecosystem, null)))
                    {
                        if (consumer.Repository == library.Repository || consumer.Unresolved is not null || !known.Add((consumer.Repository, consumer.Manifest)))
                        {
                            continue;
                        }

                        var path = consumer.Path.Take(consumer.Path.Count - 1)
                            .Append($"{consumer.Path[^1]} => [{library.Repository}:{use.Manifest}] {string.Join(" > ", use.Path)}").ToList();
                        var through = use.Through is null ? $"{library.Name} (built by {library.Repository})" : $"{library.Name} (built by {library.Repository}), then {use.Through}";
                        var expanded = use with
                        {
                            Repository = consumer.Repository,
                            Revision = consumer.Revision,
                            Manifest = consumer.Manifest,
                            Lockfile = consumer.Lockfile,
                            Scope = DependencyScopes.Parse(use.Scope) > DependencyScopes.Parse(consumer.Scope) ? use.Scope : consumer.Scope,
                            Direct = false,
                            Path = path,
                            Occurrences = 1,
                            Through = through,
                        };
                        result.Add(expanded);
                        next.Add(expanded);
                    }
                }
            }

            frontier = next;
        }

        return [.. result.OrderBy(u => u.Repository, StringComparer.Ordinal).ThenBy(u => u.Manifest, StringComparer.Ordinal).ThenBy(u => u.Version, StringComparer.Ordinal)];
    }
}
