using Sightline.Fleet.Config;

namespace Sightline.Engine.Context;

public sealed partial class FleetContext
{
    /// <summary>
    /// Who supplies what a repository builds, from sightline.yaml's <c>sbom</c> section: the repository's own file
    /// first, else the fleet's when every file that names a supplier names the same one. Two different fleet-wide
    /// answers are no answer: a supplier is a claim made to customers, so it is never picked at random.
    /// </summary>
    public SbomConfig SupplierOf(string repository)
    {
        if (_repositories.TryGetValue(repository, out var own) && own.Config?.Sbom is { Supplier: not null } mine)
        {
            return mine;
        }

        var named = Configs.Select(c => c.Config.Sbom).Where(s => s.Supplier is not null).Distinct().ToList();
        return named.Count == 1 ? named[0] : SbomConfig.Empty;
    }
}
