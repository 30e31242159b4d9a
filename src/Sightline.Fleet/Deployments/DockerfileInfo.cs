namespace Sightline.Fleet.Deployments;

/// <summary>
/// What a Dockerfile says about the image it builds: its labels (every stage's, later ones winning) and
/// the images its stages start from (earlier stages and scratch excluded).
/// </summary>
public sealed record DockerfileInfo(string Path, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<string> BaseImages)
{
    public const string OciSource = "org.opencontainers.image.source";

    public const string LabelSchemaVcsUrl = "org.label-schema.vcs-url";

    /// <summary>org.opencontainers.image.source, else org.label-schema.vcs-url: the repository the image is built from.</summary>
    public string? Source =>
        Labels.TryGetValue(OciSource, out var source) && source.Length > 0 ? source
        : Labels.TryGetValue(LabelSchemaVcsUrl, out var url) && url.Length > 0 ? url
        : null;
}
