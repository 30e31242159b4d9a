using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Engine.Context;
using Sightline.Fleet.Discovery;

namespace Sightline.Engine.Indexing;

public sealed partial class FleetIndexer
{
    private (List<DiscoveredRepository>, List<string>) Discover(IReadOnlyList<string> paths, IndexOptions options)
    {
        var discovery = new RepositoryDiscovery([.. _extractors.SelectMany(e => e.FilePatterns).Concat(ContextFacts.DiscoveryPatterns).Distinct()], options.Scan) { SearchDepth = options.SearchDepth };
        var repositories = new List<DiscoveredRepository>();
        var errors = new List<string>();
        foreach (var path in paths)
        {
            try
            {
                repositories.AddRange(discovery.Discover(path, options.AsRepository));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(ex.Message);
            }
        }

        // Two folders with the same name in different places would overwrite each other: qualify the later ones.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < repositories.Count; i++)
        {
            var repository = repositories[i];
            if (!seen.Add(repository.Name))
            {
                var parent = Path.GetFileName(Path.GetDirectoryName(repository.Path)) ?? "root";
                repositories[i] = repository with { Name = $"{parent}/{repository.Name}" };
                seen.Add(repositories[i].Name);
            }
        }

        return (repositories, errors);
    }

    /// <summary>
    /// Gives fleet-aware extractors (Maven parents and BOMs in another repository) every repository being
    /// indexed plus those stored earlier that are still on disk, so one repository can be re-indexed alone.
    /// </summary>
    private IReadOnlyList<IEcosystemExtractor> ForFleet(List<DiscoveredRepository> repositories, IndexOptions options)
    {
        if (!_extractors.OfType<IFleetAwareExtractor>().Any())
        {
            return _extractors;
        }

        var fleet = new List<FleetRepository>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var repository in repositories)
        {
            names.Add(repository.Name);
            fleet.Add(new FleetRepository(repository.Name, new LazyRepositoryFiles(() => new FileSystemRepository(repository.Path, options.Scan))));
        }

        foreach (var stored in _store.ListRepositories())
        {
            if (!names.Contains(stored.Name) && Directory.Exists(stored.Location))
            {
                fleet.Add(new FleetRepository(stored.Name, new LazyRepositoryFiles(() => new FileSystemRepository(stored.Location, options.Scan))));
            }
        }

        return [.. _extractors.Select(e => e is IFleetAwareExtractor aware ? aware.ForFleet(fleet) : e)];
    }
}
