using Sightline.Core.Repositories;
using Sightline.Fleet.Catalog;
using Sightline.Fleet.Config;
using Sightline.Fleet.Deployments;

namespace Sightline.Fleet.Context;

/// <summary>One read of one repository: sorts its files by what they are, then reads each kind.</summary>
internal sealed partial class RepositoryContextSession
{
    private static readonly IReadOnlySet<string> SkippedFolders = new HashSet<string>(StringComparer.Ordinal) { "node_modules", "vendor", ".git" };

    private readonly IRepositoryFiles _repository;
    private readonly CancellationToken _cancellationToken;
    private readonly List<ContextProblem> _problems = [];
    private readonly HashSet<string> _files;
    private readonly List<string> _ordered;
    private readonly HashSet<string> _chartDirectories;

    public RepositoryContextSession(IRepositoryFiles repository, CancellationToken cancellationToken)
    {
        _repository = repository;
        _cancellationToken = cancellationToken;
        var visible = repository.Files.Where(f => !f.Split('/').SkipLast(1).Any(SkippedFolders.Contains)).ToList();
        _chartDirectories = new HashSet<string>(
            visible.Where(f => RepositoryPath.FileName(f) == "Chart.yaml").Select(RepositoryPath.Directory), StringComparer.Ordinal);

        // Helm templates are Go templates, not YAML: never read, never reported.
        _ordered = [.. visible.Where(f => !InChartTemplates(f)).Order(StringComparer.Ordinal)];
        _files = new HashSet<string>(_ordered, StringComparer.Ordinal);
    }

    public RepositoryContext Read()
    {
        SightlineConfig? config = null;
        var entities = new List<CatalogEntity>();
        var dockerfiles = new List<DockerfileInfo>();
        var kustomizations = new List<string>();
        var manifests = new List<string>();
        foreach (var path in _ordered)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var name = RepositoryPath.FileName(path);
            if (path == name && SightlineConfig.FileNames.Contains(name))
            {
                config = ReadConfig(path, config);
            }
            else if (name is "catalog-info.yaml" or "catalog-info.yml")
            {
                Guard(path, () => entities.AddRange(Parse(path, MaxCatalogBytes, s => CatalogParser.Parse(s, path)) ?? []));
            }
            else if (Kustomization.FileNames.Contains(name))
            {
                kustomizations.Add(path);
            }
            else if (IsDockerfile(name))
            {
                Guard(path, () =>
                {
                    if (Parse(path, DockerfileParser.MaxBytes, s => DockerfileParser.Parse(s, path)) is { } info)
                    {
                        dockerfiles.Add(info);
                    }
                });
            }
            else if (IsYaml(name) && !InChart(path))
            {
                manifests.Add(path);
            }
        }

        var workloads = Workloads(kustomizations, manifests, entities);
        workloads.AddRange(HelmReleases());
        return new RepositoryContext(entities, workloads, dockerfiles, config, [.. _problems.Distinct()]);
    }

    private SightlineConfig? ReadConfig(string path, SightlineConfig? earlier)
    {
        if (earlier is not null)
        {
            _problems.Add(new ContextProblem(path, null, "both sightline.yaml and sightline.yml exist; only sightline.yaml is read"));
            return earlier;
        }

        SightlineConfig? config = null;
        Guard(path, () => config = Parse(path, MaxCatalogBytes, s => SightlineConfig.Parse(s, path)));
        return config;
    }

    private const int MaxCatalogBytes = RepositoryContextReader.MaxYamlBytes;

    internal static bool IsDockerfile(string name) =>
        (name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase))
        && !name.EndsWith(".dockerignore", StringComparison.OrdinalIgnoreCase);

    private static bool IsYaml(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Inside a chart folder: its values files are read as the chart's, the rest is not workloads.</summary>
    private bool InChart(string path) => RepositoryPath.SelfAndAncestors(RepositoryPath.Directory(path)).Any(_chartDirectories.Contains);

    private bool InChartTemplates(string path) =>
        RepositoryPath.SelfAndAncestors(RepositoryPath.Directory(path))
            .Any(d => RepositoryPath.FileName(d) == "templates" && _chartDirectories.Contains(RepositoryPath.Directory(d)));
}
