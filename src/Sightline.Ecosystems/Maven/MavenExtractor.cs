using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven.Sources;

namespace Sightline.Ecosystems.Maven;

/// <summary>
/// Maven pom.xml: one graph per POM, resolved the way Maven does (parents, properties, BOM imports,
/// dependencyManagement, nearest-wins mediation). POMs come from the repository itself, then the rest of
/// the fleet (<see cref="ForFleet"/>), then local Maven repositories, then a remote repository only when
/// <see cref="MavenSettings"/> lists one.
/// </summary>
public sealed partial class MavenExtractor : IFleetAwareExtractor
{
    private readonly MavenSettings _settings;
    private readonly IReadOnlyList<IPomSource> _external;

    /// <summary>Default settings: ~/.m2/repository when it exists, no remote repository.</summary>
    public MavenExtractor()
        : this(MavenSettings.Default())
    {
    }

    public MavenExtractor(MavenSettings settings)
        : this(settings, null, Sources(settings))
    {
    }

    private MavenExtractor(MavenSettings settings, FleetPomIndex? fleet, IReadOnlyList<IPomSource> machine)
    {
        _settings = settings;
        _external = fleet is null ? machine : [fleet, .. machine];
        Machine = machine;
    }

    public string Id => "maven";

    public Ecosystem Ecosystem => Ecosystem.Maven;

    public int Version => 3;

    public IReadOnlyList<string> FilePatterns { get; } = ["pom.xml"];

    /// <summary>The local and remote sources, shared with the fleet-aware copies (one remote cache in memory).</summary>
    private IReadOnlyList<IPomSource> Machine { get; }

    /// <summary>An extractor whose source chain also holds every pom.xml of the fleet, indexed once on first need.</summary>
    public IEcosystemExtractor ForFleet(IReadOnlyList<FleetRepository> fleet)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        return new MavenExtractor(_settings, new FleetPomIndex(fleet), Machine);
    }

    public ExtractionResult Extract(IRepositoryFiles repository, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        var result = new ExtractionResult();
        var session = new MavenSession(repository, _external, cancellationToken);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SafeParse.TryRun(file, result, () => result.Graphs.Add(BuildGraph(session, file)));
        }

        result.BytesRead += session.BytesRead;
        return result;
    }

    private static List<IPomSource> Sources(MavenSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var sources = new List<IPomSource>();
        sources.AddRange(settings.LocalRepositories.Select(folder => new LocalRepositorySource(folder)));
        if (settings.RemoteRepositories.Count > 0)
        {
            var remotes = settings.RemoteRepositories
                .Select(url => (IMavenRemote)new HttpMavenRemote(
                    Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : throw new ArgumentException($"'{url}' is not an absolute URL", nameof(settings)),
                    settings.RemoteTimeout,
                    settings.MaxRemoteFileBytes))
                .ToList();
            sources.Add(new RemoteRepositorySource(remotes, settings.CacheFolder, settings.Offline));
        }

        return sources;
    }
}
