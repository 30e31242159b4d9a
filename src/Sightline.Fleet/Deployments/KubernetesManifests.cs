using Sightline.Fleet.Context;
using Sightline.Fleet.Yaml;

namespace Sightline.Fleet.Deployments;

/// <summary>
/// Finds workloads in parsed Kubernetes manifests: the kinds that run containers (and List items), plus
/// Flux HelmRelease and Argo CD Application documents that carry inline Helm values. Documents of other
/// kinds, and YAML that is not Kubernetes at all, yield nothing.
/// </summary>
internal static class KubernetesManifests
{
    private static readonly IReadOnlySet<string> WorkloadKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod", "Rollout",
    };

    private static readonly string[] ContainerLists = ["initContainers", "containers", "ephemeralContainers"];

    /// <summary>Has a string apiVersion and kind: the shape of every Kubernetes object.</summary>
    public static bool IsKubernetes(YamlMapping root) =>
        root.GetText("apiVersion") is { Length: > 0 } && root.GetText("kind") is { Length: > 0 };

    public static void Extract(YamlDocument document, string path, List<WorkloadDraft> into, List<ContextProblem> problems)
    {
        if (document.Mapping is not { } root || !IsKubernetes(root))
        {
            return;
        }

        if (root.GetText("kind") == "List" && root.GetSequence("items") is { } items)
        {
            foreach (var item in items.Items.OfType<YamlMapping>().Where(IsKubernetes))
            {
                ExtractObject(item, path, into, problems);
            }

            return;
        }

        ExtractObject(root, path, into, problems);
    }

    private static void ExtractObject(YamlMapping root, string path, List<WorkloadDraft> into, List<ContextProblem> problems)
    {
        var kind = root.GetText("kind")!;
        var apiVersion = root.GetText("apiVersion")!;
        WorkloadDraft? draft = null;
        if (WorkloadKinds.Contains(kind) && (kind != "Rollout" || apiVersion.StartsWith("argoproj.io/", StringComparison.Ordinal)))
        {
            draft = Workload(root, kind, path, problems);
        }
        else if (kind == "HelmRelease" && apiVersion.StartsWith("helm.toolkit.fluxcd.io/", StringComparison.Ordinal))
        {
            draft = HelmValues.FromFluxRelease(root, path, problems);
        }
        else if (kind == "Application" && apiVersion.StartsWith("argoproj.io/", StringComparison.Ordinal))
        {
            draft = HelmValues.FromArgoApplication(root, path, problems);
        }

        if (draft is not null)
        {
            into.Add(draft);
        }
    }

    private static WorkloadDraft? Workload(YamlMapping root, string kind, string path, List<ContextProblem> problems)
    {
        var metadata = root.GetMapping("metadata");
        var name = metadata?.GetText("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new ContextProblem(path, root.Line, $"{kind} without metadata.name; skipped"));
            return null;
        }

        var spec = kind switch
        {
            "Pod" => root.GetMapping("spec"),
            "CronJob" => root.GetMapping("spec")?.GetMapping("jobTemplate")?.GetMapping("spec")?.GetMapping("template")?.GetMapping("spec"),
            _ => root.GetMapping("spec")?.GetMapping("template")?.GetMapping("spec"),
        };
        var images = new List<ImageReference>();
        foreach (var list in ContainerLists)
        {
            foreach (var container in spec?.GetSequence(list)?.Items.OfType<YamlMapping>() ?? [])
            {
                if (container.Get("image") is YamlScalar { Text: { Length: > 0 } text } scalar)
                {
                    AddImage(text, scalar.Line, path, images, problems);
                }
            }
        }

        return new WorkloadDraft(kind, name.Trim(), metadata!.GetText("namespace"), images,
            StringMap(metadata.GetMapping("labels")), StringMap(metadata.GetMapping("annotations")), path, root.Line);
    }

    public static void AddImage(string text, int line, string path, List<ImageReference> images, List<ContextProblem> problems)
    {
        if (!ImageReference.TryParse(text, out var image))
        {
            problems.Add(new ContextProblem(path, line, $"'{Shorten(text)}' is not a valid image reference; ignored"));
        }
        else if (!images.Contains(image!))
        {
            images.Add(image!);
        }
    }

    /// <summary>Scalar values of a mapping as text (labels such as version: 1.0 are written unquoted).</summary>
    public static Dictionary<string, string> StringMap(YamlMapping? mapping)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in mapping?.Entries ?? [])
        {
            if (entry.Value is YamlScalar { Text: { } value })
            {
                result[entry.Key.Value] = value;
            }
        }

        return result;
    }

    public static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "...";
}
