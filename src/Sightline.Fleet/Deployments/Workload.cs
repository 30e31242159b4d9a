namespace Sightline.Fleet.Deployments;

/// <summary>
/// A workload that runs images: Deployment, StatefulSet, DaemonSet, CronJob, Job, (Pod, ReplicaSet), or a
/// Helm release's values (Kind "HelmRelease"). <see cref="Path"/> and <see cref="Line"/> are where it is
/// written; a workload rendered through a kustomization also names that kustomization.
/// </summary>
public sealed record Workload(string Kind, string Name, string? Namespace, string? Environment,
    IReadOnlyList<ImageReference> Images, IReadOnlyDictionary<string, string> Labels, string Path, int Line)
{
    /// <summary>The top-level kustomization (an overlay) this workload was rendered through, if any.</summary>
    public string? Kustomization { get; init; }
}
