namespace Sightline.Fleet.Deployments;

/// <summary>
/// A workload as one manifest writes it, before kustomizations transform it and before its environment is
/// decided (that needs the path of the overlay that renders it).
/// </summary>
internal sealed record WorkloadDraft(string Kind, string Name, string? Namespace, IReadOnlyList<ImageReference> Images,
    IReadOnlyDictionary<string, string> Labels, IReadOnlyDictionary<string, string> Annotations, string Path, int Line)
{
    /// <summary>Images come from Helm values, which kustomize's image transformer does not touch.</summary>
    public bool FromHelmValues { get; init; }

    /// <summary>An environment the file itself names (values-prod.yaml), above every other rule.</summary>
    public string? FileEnvironment { get; init; }

    public Workload ToWorkload(string? environment, string? kustomization) =>
        new(Kind, Name, Namespace, environment, Images, Labels, Path, Line) { Kustomization = kustomization };
}
