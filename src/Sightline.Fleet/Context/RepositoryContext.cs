using Sightline.Fleet.Catalog;
using Sightline.Fleet.Config;
using Sightline.Fleet.Deployments;

namespace Sightline.Fleet.Context;

/// <summary>Everything one repository says about ownership and deployment (CODEOWNERS is handled elsewhere).</summary>
public sealed record RepositoryContext(IReadOnlyList<CatalogEntity> Entities, IReadOnlyList<Workload> Workloads,
    IReadOnlyList<DockerfileInfo> Dockerfiles, SightlineConfig? Config, IReadOnlyList<ContextProblem> Problems);
