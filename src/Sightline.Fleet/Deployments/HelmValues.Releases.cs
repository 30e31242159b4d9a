using Sightline.Fleet.Context;
using Sightline.Fleet.Yaml;

namespace Sightline.Fleet.Deployments;

internal static partial class HelmValues
{
    /// <summary>A chart's release for one values file; <paramref name="environment"/> comes from the file's name.</summary>
    public static WorkloadDraft FromChart(string chartName, string? appVersion, YamlNode values, string path, int line,
        string? environment, List<ContextProblem> problems) =>
        new(ReleaseKind, chartName, null, Images(values, appVersion, path, problems), Empty, Empty, path, line)
        {
            FromHelmValues = true,
            FileEnvironment = environment,
        };

    /// <summary>A Flux HelmRelease's inline spec.values; null when they name no image.</summary>
    public static WorkloadDraft? FromFluxRelease(YamlMapping root, string path, List<ContextProblem> problems)
    {
        var spec = root.GetMapping("spec");
        if (spec?.Get("values") is not { } values)
        {
            return null;
        }

        var metadata = root.GetMapping("metadata");
        var name = spec.GetMapping("chart")?.GetMapping("spec")?.GetText("chart") ?? metadata?.GetText("name");
        var images = Images(values, null, path, problems);
        return Release(name, spec.GetText("targetNamespace") ?? metadata?.GetText("namespace"), images, metadata, path, root.Line);
    }

    /// <summary>An Argo CD Application's inline helm.valuesObject or helm.values; null when they name no image.</summary>
    public static WorkloadDraft? FromArgoApplication(YamlMapping root, string path, List<ContextProblem> problems)
    {
        var spec = root.GetMapping("spec");
        var sources = new List<YamlMapping>();
        if (spec?.GetMapping("source") is { } single)
        {
            sources.Add(single);
        }

        sources.AddRange(spec?.GetSequence("sources")?.Items.OfType<YamlMapping>() ?? []);
        var images = new List<ImageReference>();
        string? chart = null;
        foreach (var source in sources)
        {
            var helm = source.GetMapping("helm");
            var values = helm?.Get("valuesObject") ?? InlineValues(helm?.Get("values") as YamlScalar, path, problems);
            if (values is null)
            {
                continue;
            }

            chart ??= source.GetText("chart");
            images.AddRange(Images(values, null, path, problems).Where(i => !images.Contains(i)));
        }

        var metadata = root.GetMapping("metadata");
        return Release(chart ?? metadata?.GetText("name"), spec?.GetMapping("destination")?.GetText("namespace"), images, metadata, path, root.Line);
    }

    /// <summary>helm.values is YAML inside a string: parsed with the same limits as a file.</summary>
    private static YamlNode? InlineValues(YamlScalar? text, string path, List<ContextProblem> problems)
    {
        if (text?.Text is not { Length: > 0 } yaml)
        {
            return null;
        }

        var loaded = YamlLoader.Load(yaml);
        problems.AddRange(loaded.Errors.Select(e => new ContextProblem(path, text.Line, "helm.values: " + e.Message)));
        return loaded.Documents.Count > 0 ? loaded.Documents[0].Root : null;
    }

    private static WorkloadDraft? Release(string? name, string? ns, List<ImageReference> images, YamlMapping? metadata, string path, int line) =>
        images.Count == 0 || string.IsNullOrWhiteSpace(name)
            ? null
            : new WorkloadDraft(ReleaseKind, name.Trim(), ns, images, KubernetesManifests.StringMap(metadata?.GetMapping("labels")),
                KubernetesManifests.StringMap(metadata?.GetMapping("annotations")), path, line)
            { FromHelmValues = true };

    private static readonly Dictionary<string, string> Empty = new(StringComparer.Ordinal);
}
