namespace Sightline.Fleet.Deployments;

/// <summary>
/// registry/org/name:tag or @sha256:..., normalised like Docker does (docker.io default, library/ for
/// single names). The registry is lower-cased (host names are case-insensitive); repository paths must
/// already be lower case, as Docker requires.
/// </summary>
public sealed record ImageReference(string Registry, string Repository, string? Tag, string? Digest)
{
    public const string DockerHub = "docker.io";

    /// <summary>Last path segment of <see cref="Repository"/>, e.g. "checkout-service".</summary>
    public string Name => Repository[(Repository.LastIndexOf('/') + 1)..];

    /// <summary>Registry + "/" + Repository, no tag or digest: the identity used to map images to repositories.</summary>
    public string Location => Registry + "/" + Repository;

    public static bool TryParse(string text, out ImageReference? image) =>
        (image = ImageReferenceParser.Parse(text)) is not null;

    public override string ToString() =>
        Location + (Tag is null ? string.Empty : ":" + Tag) + (Digest is null ? string.Empty : "@" + Digest);
}
