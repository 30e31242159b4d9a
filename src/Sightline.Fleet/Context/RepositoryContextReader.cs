using Sightline.Core.Repositories;

namespace Sightline.Fleet.Context;

/// <summary>
/// Finds and reads every ownership and deployment file of one repository: Backstage catalog files,
/// Kubernetes manifests, kustomizations, Helm charts' values, Dockerfiles and sightline.yaml. A file that
/// cannot be read or parsed becomes problems; the others are still read.
/// </summary>
public static class RepositoryContextReader
{
    /// <summary>Largest YAML file read (2 MiB); bigger ones are reported and skipped.</summary>
    public const int MaxYamlBytes = 2 * 1024 * 1024;

    public static RepositoryContext Read(IRepositoryFiles repository, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return new RepositoryContextSession(repository, cancellationToken).Read();
    }
}
