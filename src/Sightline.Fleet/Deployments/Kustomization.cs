using Sightline.Fleet.Context;
using Sightline.Fleet.Yaml;

namespace Sightline.Fleet.Deployments;

/// <summary>An images[] entry of a kustomization: the image it matches and what it becomes.</summary>
internal sealed record ImageOverride(ImageReference Match, ImageReference? NewName, string? NewTag, string? Digest, int Line);

/// <summary>A resources/bases/components entry, as written, and its line.</summary>
internal sealed record KustomizeResource(string Entry, int Line);

/// <summary>The parts of a kustomization.yaml that decide which workloads run where, with which images.</summary>
internal sealed record Kustomization(string Path, string? Namespace, IReadOnlyList<KustomizeResource> Resources,
    IReadOnlyList<ImageOverride> Images, IReadOnlyDictionary<string, string> Labels, string? NamePrefix, string? NameSuffix)
{
    public static readonly IReadOnlySet<string> FileNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "kustomization.yaml", "kustomization.yml", "Kustomization",
    };

    public static Kustomization? Parse(string text, string path, List<ContextProblem> problems)
    {
        var loaded = YamlLoader.Load(text);
        problems.AddRange(loaded.Errors.Select(e => new ContextProblem(path, e.Line, e.Message)));
        if (loaded.Documents.Count == 0 || loaded.Documents[0].Mapping is not { } root)
        {
            if (loaded.Errors.Count == 0)
            {
                problems.Add(new ContextProblem(path, null, "a kustomization must be a YAML mapping"));
            }

            return null;
        }

        var resources = new List<KustomizeResource>();
        foreach (var key in (string[])["resources", "bases", "components"])
        {
            foreach (var item in root.GetSequence(key)?.Items ?? [])
            {
                if (item is YamlScalar { Text: { Length: > 0 } entry })
                {
                    resources.Add(new KustomizeResource(entry.Trim(), item.Line));
                }
                else
                {
                    problems.Add(new ContextProblem(path, item.Line, $"{key} entries must be paths; ignored"));
                }
            }
        }

        var labels = KubernetesManifests.StringMap(root.GetMapping("commonLabels"));
        foreach (var group in root.GetSequence("labels")?.Items.OfType<YamlMapping>() ?? [])
        {
            foreach (var (key, value) in KubernetesManifests.StringMap(group.GetMapping("pairs")))
            {
                labels[key] = value;
            }
        }

        return new Kustomization(path, root.GetText("namespace"), resources, ImageOverrides(root, path, problems), labels,
            root.GetText("namePrefix"), root.GetText("nameSuffix"));
    }

    private static List<ImageOverride> ImageOverrides(YamlMapping root, string path, List<ContextProblem> problems)
    {
        var result = new List<ImageOverride>();
        foreach (var item in root.GetSequence("images")?.Items ?? [])
        {
            var entry = item as YamlMapping;
            var name = entry?.GetText("name");
            if (name is null || !ImageReference.TryParse(name, out var match))
            {
                problems.Add(new ContextProblem(path, item.Line, $"images entry without a valid name ('{name}'); ignored"));
                continue;
            }

            ImageReference? newName = null;
            if (entry!.GetText("newName") is { } written && !ImageReference.TryParse(written, out newName))
            {
                problems.Add(new ContextProblem(path, item.Line, $"newName '{written}' is not a valid image name; ignored"));
                continue;
            }

            result.Add(new ImageOverride(match!, newName, entry.GetText("newTag"), entry.GetText("digest"), item.Line));
        }

        return result;
    }

    /// <summary>kustomize's image transformer on one reference: newName keeps tag and digest, newTag then digest replace them.</summary>
    public static ImageReference Apply(ImageOverride rule, ImageReference image)
    {
        var result = rule.NewName is { } renamed ? image with { Registry = renamed.Registry, Repository = renamed.Repository } : image;
        if (rule.NewTag is { Length: > 0 } tag)
        {
            result = result with { Tag = tag, Digest = null };
        }

        if (rule.Digest is { Length: > 0 } digest)
        {
            result = result with { Tag = null, Digest = digest };
        }

        return result;
    }
}
