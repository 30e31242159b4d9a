using Sightline.Fleet.Catalog;
using Sightline.Fleet.Config;
using Sightline.Fleet.Deployments;
using Sightline.Fleet.Ownership;
using Sightline.Store;

namespace Sightline.Engine.Context;

/// <summary>
/// The fleet's ownership and deployment picture, joined from every repository's stored facts: which
/// services are built from which repository, where they run, and who owns which file.
/// </summary>
public sealed partial class FleetContext
{
    /// <summary>Names that count as production when no sightline.yaml says otherwise.</summary>
    public static readonly IReadOnlyList<string> DefaultProductionNames = ["production", "prod"];

    private static readonly string[] SlugAnnotations = ["github.com/project-slug", "gitlab.com/project-slug"];

    private readonly Dictionary<string, RepositoryFacts> _repositories = new(StringComparer.Ordinal);
    private readonly List<ContextNote> _notes = [];

    private FleetContext(IReadOnlyCollection<string> repositoryNames, IReadOnlyList<StoredContextFact> facts)
    {
        foreach (var name in repositoryNames)
        {
            _repositories[name] = new RepositoryFacts(name);
        }

        foreach (var fact in facts)
        {
            if (!_repositories.TryGetValue(fact.Repository, out var repository))
            {
                _repositories[fact.Repository] = repository = new RepositoryFacts(fact.Repository);
            }

            repository.Add(fact);
        }

        var configured = _repositories.Values.Where(r => r.Config is not null).SelectMany(r => r.Config!.ProductionEnvironments).ToList();
        ProductionNames = configured.Count > 0 ? [.. configured.Distinct(StringComparer.OrdinalIgnoreCase)] : DefaultProductionNames;
        Services = ResolveServices();
    }

    public static FleetContext Load(SightlineStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new FleetContext([.. store.ListRepositories().Select(r => r.Name)], store.LoadContextFacts());
    }

    /// <summary>For tests and tools that hold facts in memory.</summary>
    public static FleetContext From(IReadOnlyCollection<string> repositoryNames, IReadOnlyList<StoredContextFact> facts) => new(repositoryNames, facts);

    public IReadOnlyList<string> ProductionNames { get; }

    /// <summary>Every service known, production first, then by name.</summary>
    public IReadOnlyList<Service> Services { get; }

    /// <summary>Images deployed that no repository could be found for, and mappings that name unknown repositories.</summary>
    public IReadOnlyList<ContextNote> Notes => _notes;

    public bool Knows(string repository) => _repositories.ContainsKey(repository);

    /// <summary>"owner/name" on the code host, from the catalog's project-slug annotation or a Dockerfile's source label.</summary>
    public string? HostSlugOf(string repository)
    {
        if (!_repositories.TryGetValue(repository, out var facts))
        {
            return null;
        }

        return facts.Entities.SelectMany(e => SlugAnnotations.Select(k => e.Annotations.GetValueOrDefault(k))).FirstOrDefault(s => s is { Length: > 0 })
            ?? facts.Dockerfiles.Select(d => SlugOf(d.Source)).FirstOrDefault(s => s is not null);
    }

    public IReadOnlyList<Service> ServicesOf(string repository) => [.. Services.Where(s => s.Repository == repository)];

    public bool IsProduction(string environment) => TeamNames.IsProduction(environment, ProductionNames);

    /// <summary>
    /// Whether an environment answers a <c>--env</c> filter: by name, or — when the filter is "production"
    /// or a production name — by being production, however this fleet spells it.
    /// </summary>
    public bool EnvironmentMatches(string wanted, string name, bool production)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        return string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase)
            || (production && (IsProduction(wanted) || string.Equals(wanted, "production", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Every sightline.yaml notify section found, with the repository holding it.</summary>
    public IReadOnlyList<(string Repository, SightlineConfig Config)> Configs =>
        [.. _repositories.Values.Where(r => r.Config is not null).OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => (r.Name, r.Config!))];

    internal sealed class RepositoryFacts(string name)
    {
        public string Name { get; } = name;

        public CodeOwnersFile? CodeOwners { get; private set; }

        public List<CatalogEntity> Entities { get; } = [];

        public List<Workload> Workloads { get; } = [];

        public List<DockerfileInfo> Dockerfiles { get; } = [];

        public SightlineConfig? Config { get; private set; }

        public void Add(StoredContextFact fact)
        {
            switch (fact.Kind)
            {
                case ContextFacts.CodeOwners when ContextFacts.Parse<StoredCodeOwners>(fact) is { } stored:
                    CodeOwners = CodeOwnersFile.Parse(new StringReader(stored.Text), fact.Path, stored.Flavor);
                    break;
                case ContextFacts.Entity when ContextFacts.Parse<CatalogEntity>(fact) is { } entity:
                    Entities.Add(entity);
                    break;
                case ContextFacts.Workload when ContextFacts.Parse<Workload>(fact) is { } workload:
                    Workloads.Add(workload);
                    break;
                case ContextFacts.Dockerfile when ContextFacts.Parse<DockerfileInfo>(fact) is { } dockerfile:
                    Dockerfiles.Add(dockerfile);
                    break;
                case ContextFacts.Config when ContextFacts.Parse<SightlineConfig>(fact) is { } config:
                    Config = config;
                    break;
                default:
                    break;
            }
        }
    }
}

/// <summary>A deployable built from a repository, with the environments it runs in (production first).</summary>
public sealed record Service(string Name, string Repository, IReadOnlyList<ServiceEnvironment> Environments, IReadOnlyList<string> Images, IReadOnlyList<string> Sources)
{
    public bool InProduction => Environments.Any(e => e.Production);
}

/// <param name="Source">The file (and repository) that deploys it there.</param>
public sealed record ServiceEnvironment(string Name, bool Production, string Source);

/// <summary>Something the join could not settle, said out loud: an image with no repository, a mapping to an unknown one.</summary>
public sealed record ContextNote(string Repository, string Path, string Message);
