using Sightline.Core.Repositories;
using Sightline.Fleet.Context;

namespace Sightline.Fleet.Deployments;

/// <summary>What the renderer needs from the repository; the source records its own load problems.</summary>
internal interface IKustomizeSource
{
    bool IsFile(string path);

    /// <summary>The kustomization file in a folder, or null.</summary>
    string? KustomizationIn(string directory);

    Kustomization? LoadKustomization(string path);

    IReadOnlyList<WorkloadDraft>? LoadManifest(string path);
}

/// <summary>A kustomization's workloads after its own and its bases' transformations, and every file it reached.</summary>
internal sealed record RenderedKustomization(IReadOnlyList<WorkloadDraft> Workloads, IReadOnlySet<string> Files);

/// <summary>
/// Follows resources/bases/components from a kustomization to manifests and applies, innermost first,
/// namespace, name prefix/suffix, commonLabels/labels and images. Remote resources are skipped; cycles,
/// paths leaving the repository and missing resources are problems. Results are memoised per file.
/// </summary>
internal sealed class KustomizeRenderer(IKustomizeSource source, List<ContextProblem> problems)
{
    private const int MaxNesting = 32;
    private readonly Dictionary<string, RenderedKustomization> _done = new(StringComparer.Ordinal);
    private readonly List<string> _stack = [];

    public RenderedKustomization Render(string path)
    {
        if (_done.TryGetValue(path, out var done))
        {
            return done;
        }

        var files = new HashSet<string>(StringComparer.Ordinal) { path };
        var drafts = new List<WorkloadDraft>();
        var kustomization = source.LoadKustomization(path);
        if (kustomization is null)
        {
            return _done[path] = new RenderedKustomization(drafts, files);
        }

        _stack.Add(path);
        foreach (var resource in kustomization.Resources)
        {
            Include(kustomization, resource, drafts, files);
        }

        _stack.RemoveAt(_stack.Count - 1);
        var result = new RenderedKustomization([.. drafts.Select(d => Transform(kustomization, d))], files);
        return _done[path] = result;
    }

    private void Include(Kustomization kustomization, KustomizeResource resource, List<WorkloadDraft> drafts, HashSet<string> files)
    {
        var entry = resource.Entry;
        if (IsRemote(entry))
        {
            return;
        }

        var target = RepositoryPath.Combine(RepositoryPath.Directory(kustomization.Path), entry);
        if (target is null)
        {
            problems.Add(new ContextProblem(kustomization.Path, resource.Line, $"resource '{entry}' leaves the repository; ignored"));
            return;
        }

        if (source.IsFile(target))
        {
            files.Add(target);
            drafts.AddRange(source.LoadManifest(target) ?? []);
            return;
        }

        if (source.KustomizationIn(target) is not { } nested)
        {
            problems.Add(new ContextProblem(kustomization.Path, resource.Line, $"resource '{entry}' is neither a file nor a folder with a kustomization"));
            return;
        }

        if (_stack.Contains(nested))
        {
            problems.Add(new ContextProblem(kustomization.Path, resource.Line,
                "kustomization cycle: " + string.Join(" -> ", _stack.SkipWhile(p => p != nested).Append(nested)) + "; not followed"));
            return;
        }

        if (_stack.Count >= MaxNesting)
        {
            problems.Add(new ContextProblem(kustomization.Path, resource.Line, $"kustomizations nested deeper than {MaxNesting}; not followed"));
            return;
        }

        var rendered = Render(nested);
        files.UnionWith(rendered.Files);
        drafts.AddRange(rendered.Workloads);
    }

    /// <summary>URLs and go-getter style addresses: kustomize fetches them, we do not.</summary>
    private static bool IsRemote(string entry) =>
        entry.Contains("://", StringComparison.Ordinal) || entry.StartsWith("git@", StringComparison.Ordinal)
        || entry.StartsWith("github.com/", StringComparison.Ordinal) || entry.Contains("?ref=", StringComparison.Ordinal);

    private WorkloadDraft Transform(Kustomization k, WorkloadDraft draft)
    {
        var labels = draft.Labels;
        if (k.Labels.Count > 0)
        {
            var merged = new Dictionary<string, string>(draft.Labels, StringComparer.Ordinal);
            foreach (var (key, value) in k.Labels)
            {
                merged[key] = value;
            }

            labels = merged;
        }

        var images = draft.FromHelmValues || k.Images.Count == 0
            ? draft.Images
            : [.. draft.Images.Select(i => Retag(k, i)).Distinct()];
        return draft with
        {
            Name = (k.NamePrefix ?? string.Empty) + draft.Name + (k.NameSuffix ?? string.Empty),
            Namespace = k.Namespace ?? draft.Namespace,
            Labels = labels,
            Images = images,
        };
    }

    private ImageReference Retag(Kustomization k, ImageReference image)
    {
        var rule = k.Images.FirstOrDefault(r => r.Match.Location == image.Location);
        if (rule is null)
        {
            return image;
        }

        var result = Kustomization.Apply(rule, image);
        if (ImageReference.TryParse(result.ToString(), out var valid))
        {
            return valid!;
        }

        problems.Add(new ContextProblem(k.Path, rule.Line, $"images entry for {rule.Match.Location} gives '{result}', not a valid image reference; ignored"));
        return image;
    }
}
