using Sightline.Core.Repositories;
using Sightline.Fleet.Deployments;
using Sightline.Fleet.Yaml;

namespace Sightline.Fleet.Context;

/// <summary>
/// Helm charts (folders with Chart.yaml): values.yaml, and each values-ENV.yaml / values.ENV.yaml /
/// ENV/values.yaml merged over it, give one HelmRelease per environment. values.yaml alone is reported
/// only when the chart has no environment values files (as a kustomize base is reported only when no
/// overlay includes it). Releases whose values name no image are not reported.
/// </summary>
internal sealed partial class RepositoryContextSession
{
    private static readonly IReadOnlySet<string> ChartSubfolders = new HashSet<string>(StringComparer.Ordinal) { "templates", "charts", "crds", "ci" };

    private List<Workload> HelmReleases()
    {
        var workloads = new List<Workload>();
        foreach (var chart in _chartDirectories.Order(StringComparer.Ordinal))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var chartFile = chart.Length == 0 ? "Chart.yaml" : chart + "/Chart.yaml";
            Guard(chartFile, () => workloads.AddRange(Chart(chart, chartFile)));
        }

        return workloads;
    }

    private List<Workload> Chart(string chart, string chartFile)
    {
        var metadata = FirstRoot(chartFile) as YamlMapping;
        var name = metadata?.GetText("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            _problems.Add(new ContextProblem(chartFile, null, "Chart.yaml without a name; the folder name is used"));
            name = chart.Length == 0 ? "chart" : RepositoryPath.FileName(chart);
        }

        var appVersion = metadata?.GetText("appVersion");
        string? basePath = null;
        var environments = new List<(string Environment, string Path)>();
        foreach (var path in _ordered.Where(p => p.StartsWith(chart.Length == 0 ? string.Empty : chart + "/", StringComparison.Ordinal)))
        {
            var relative = chart.Length == 0 ? path : path[(chart.Length + 1)..];
            if (relative is "values.yaml" or "values.yml")
            {
                basePath ??= path;
            }
            else if (ValuesEnvironment(relative) is { } environment)
            {
                environments.Add((environment, path));
            }
        }

        var baseValues = basePath is null ? null : FirstRoot(basePath);
        var problems = new List<ContextProblem>();
        var drafts = new List<WorkloadDraft>();
        if (environments.Count == 0 && baseValues is not null)
        {
            drafts.Add(HelmValues.FromChart(name, appVersion, baseValues, basePath!, 1, null, problems));
        }

        foreach (var (environment, path) in environments)
        {
            if (FirstRoot(path) is { } values)
            {
                var merged = baseValues is null ? values : HelmValues.Merge(baseValues, values);
                drafts.Add(HelmValues.FromChart(name, appVersion, merged, path, 1, environment, problems));
            }
        }

        _problems.AddRange(problems);
        return [.. drafts.Where(d => d.Images.Count > 0).Select(d => d.ToWorkload(EnvironmentNames.Resolve(d, [d.Path]), null))];
    }

    private YamlNode? FirstRoot(string path) => LoadYaml(path, referenced: true) is { Documents: [var first, ..] } ? first.Root : null;

    /// <summary>"prod" for values-prod.yaml, values.prod.yaml and prod/values.yaml (relative to the chart); else null.</summary>
    internal static string? ValuesEnvironment(string relative)
    {
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var folder = relative[..slash];
            return relative[(slash + 1)..] is "values.yaml" or "values.yml" && !ChartSubfolders.Contains(folder) ? folder.ToLowerInvariant() : null;
        }

        var stem = relative.EndsWith(".yaml", StringComparison.Ordinal) ? relative[..^5]
            : relative.EndsWith(".yml", StringComparison.Ordinal) ? relative[..^4]
            : null;
        if (stem is null || stem.Length <= 7 || !stem.StartsWith("values", StringComparison.Ordinal) || stem[6] is not ('-' or '.' or '_'))
        {
            return null;
        }

        var environment = stem[7..];
        return environment is "schema" ? null : environment.ToLowerInvariant();
    }
}
