using Sightline.Core.Repositories;

namespace Sightline.Core.Extraction;

/// <summary>
/// An extractor that reads files of other repositories of the fleet while extracting one (a Maven parent
/// POM or BOM kept in a shared repository). The indexer hands it the whole fleet once, before extraction,
/// and uses the extractor it returns.
/// </summary>
public interface IFleetAwareExtractor : IEcosystemExtractor
{
    IEcosystemExtractor ForFleet(IReadOnlyList<FleetRepository> fleet);
}

/// <summary>One repository of the fleet being indexed, by its fleet name.</summary>
public sealed record FleetRepository(string Name, IRepositoryFiles Files);
