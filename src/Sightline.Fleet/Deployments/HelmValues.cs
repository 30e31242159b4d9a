using Sightline.Fleet.Context;
using Sightline.Fleet.Yaml;

namespace Sightline.Fleet.Deployments;

/// <summary>
/// Images named in Helm values: every <c>image:</c> key anywhere in the tree, written either as a string
/// ("ghcr.io/acme/app:1.2") or as a block {registry, repository (or name), tag, digest}. An empty tag
/// falls back to the chart's appVersion, as most charts' templates do.
/// </summary>
internal static partial class HelmValues
{
    public const string ReleaseKind = "HelmRelease";

    public static List<ImageReference> Images(YamlNode values, string? appVersion, string path, List<ContextProblem> problems)
    {
        var images = new List<ImageReference>();
        Walk(values, appVersion, path, images, problems);
        return images;
    }

    private static void Walk(YamlNode node, string? appVersion, string path, List<ImageReference> images, List<ContextProblem> problems)
    {
        // The loader bounds depth (128) and expanded size (1M nodes), so this recursion is bounded too.
        switch (node)
        {
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Walk(item, appVersion, path, images, problems);
                }

                break;
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Key.Value == "image" && ImageText(entry.Value, appVersion) is { } text)
                    {
                        KubernetesManifests.AddImage(text, entry.Value.Line, path, images, problems);
                    }
                    else
                    {
                        Walk(entry.Value, appVersion, path, images, problems);
                    }
                }

                break;
        }
    }

    /// <summary>The reference an image value spells, or null when it is not an image (image: {pullPolicy: ...}, image: true).</summary>
    private static string? ImageText(YamlNode value, string? appVersion)
    {
        if (value is YamlScalar scalar)
        {
            return scalar.IsPlain && scalar.Value is "true" or "false" ? null : Blank(scalar.Text);
        }

        if (value is not YamlMapping block || Blank(block.GetText("repository") ?? block.GetText("name")) is not { } repository)
        {
            return null;
        }

        var registry = Blank(block.GetText("registry"));
        var tag = Blank(block.GetText("tag"));
        var digest = Blank(block.GetText("digest"));
        var name = registry is null ? repository : registry.TrimEnd('/') + "/" + repository;
        if (tag is null && digest is null && !HasTagOrDigest(repository))
        {
            tag = Blank(appVersion);
        }

        return name + (tag is null ? string.Empty : ":" + tag) + (digest is null ? string.Empty : "@" + digest);
    }

    private static bool HasTagOrDigest(string repository) =>
        repository.Contains('@', StringComparison.Ordinal) || repository.LastIndexOf(':') > repository.LastIndexOf('/');

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// Helm's merge of a values file over the chart's values.yaml: mappings merge key by key, anything else
    /// is replaced, and a null in the override deletes the key.
    /// </summary>
    public static YamlNode Merge(YamlNode under, YamlNode over)
    {
        if (under is not YamlMapping baseMapping || over is not YamlMapping overMapping)
        {
            return over is YamlScalar { IsNull: true } ? under : over;
        }

        var entries = new List<YamlEntry>();
        var overridden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in baseMapping.Entries)
        {
            if (overMapping.Find(entry.Key.Value) is not { } replacement)
            {
                entries.Add(entry);
                continue;
            }

            overridden.Add(entry.Key.Value);
            if (replacement.Value is not YamlScalar { IsNull: true })
            {
                entries.Add(new YamlEntry(entry.Key, Merge(entry.Value, replacement.Value)));
            }
        }

        entries.AddRange(overMapping.Entries.Where(e => !overridden.Contains(e.Key.Value) && e.Value is not YamlScalar { IsNull: true }));
        return new YamlMapping(entries, overMapping.Line, overMapping.Column);
    }
}
