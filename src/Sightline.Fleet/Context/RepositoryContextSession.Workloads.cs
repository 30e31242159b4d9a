using Sightline.Core.Repositories;
using Sightline.Fleet.Catalog;
using Sightline.Fleet.Deployments;

namespace Sightline.Fleet.Context;

/// <summary>
/// Workloads from kustomizations and bare manifests. Every kustomization is rendered; those no other
/// kustomization includes (the overlays) report their workloads, once per overlay. A manifest that any
/// kustomization includes is reported only through it, never again as a bare, environment-less workload.
/// </summary>
internal sealed partial class RepositoryContextSession : IKustomizeSource
{
    private readonly Dictionary<string, IReadOnlyList<WorkloadDraft>?> _manifests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Kustomization?> _kustomizations = new(StringComparer.Ordinal);

    private List<Workload> Workloads(List<string> kustomizationPaths, List<string> manifestPaths, List<CatalogEntity> entities)
    {
        var renderer = new KustomizeRenderer(this, _problems);
        var rendered = new Dictionary<string, RenderedKustomization>(StringComparer.Ordinal);
        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in kustomizationPaths)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Guard(path, () =>
            {
                var result = renderer.Render(path);
                rendered[path] = result;
                included.UnionWith(result.Files.Where(f => f != path));
            });
        }

        var workloads = new List<Workload>();
        foreach (var (path, result) in rendered.Where(r => !included.Contains(r.Key)))
        {
            workloads.AddRange(result.Workloads.Select(d => d.ToWorkload(EnvironmentNames.Resolve(d, [path, d.Path]), path)));
        }

        foreach (var path in manifestPaths)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Guard(path, () =>
            {
                var drafts = LoadManifest(path, entities);
                if (!included.Contains(path))
                {
                    workloads.AddRange((drafts ?? []).Select(d => d.ToWorkload(EnvironmentNames.Resolve(d, [d.Path]), null)));
                }
            });
        }

        return workloads;
    }

    public bool IsFile(string path) => _files.Contains(path);

    public string? KustomizationIn(string directory) =>
        Kustomization.FileNames.Select(name => directory.Length == 0 ? name : directory + "/" + name).FirstOrDefault(_files.Contains);

    public Kustomization? LoadKustomization(string path)
    {
        if (!_kustomizations.TryGetValue(path, out var kustomization))
        {
            var text = ReadBytes(path, RepositoryContextReader.MaxYamlBytes) is { } bytes ? Yaml.YamlText.Decode(bytes) : null;
            kustomization = text is null ? null : Kustomization.Parse(text, path, _problems);
            _kustomizations[path] = kustomization;
        }

        return kustomization;
    }

    public IReadOnlyList<WorkloadDraft>? LoadManifest(string path) => LoadManifest(path, null, referenced: true);

    /// <summary>A manifest's workloads; Backstage entities met on the way are collected when <paramref name="entities"/> is given.</summary>
    private IReadOnlyList<WorkloadDraft>? LoadManifest(string path, List<CatalogEntity>? entities, bool referenced = false)
    {
        var cached = _manifests.TryGetValue(path, out var drafts);
        if (cached && entities is null)
        {
            return drafts;
        }

        var loaded = LoadYaml(path, referenced);
        if (loaded is null)
        {
            return _manifests[path] = null;
        }

        var found = new List<WorkloadDraft>();
        var problems = new List<ContextProblem>();
        foreach (var document in loaded.Documents)
        {
            if (!cached)
            {
                KubernetesManifests.Extract(document, path, found, problems);
            }

            if (entities is not null && document.Mapping is { } root && CatalogParser.IsBackstage(root)
                && CatalogParser.ReadEntity(document, path, strict: false, problems) is { } entity)
            {
                entities.Add(entity);
            }
        }

        _problems.AddRange(problems);
        return cached ? drafts : _manifests[path] = found;
    }
}
