namespace Sightline.Fleet.Deployments;

/// <summary>
/// Docker's reference grammar (distribution/reference), checked character by character: no regular
/// expressions, so no backtracking on hostile input.
/// </summary>
internal static partial class ImageReferenceParser
{
    private const int MaxNameLength = 255;

    public static ImageReference? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 1024)
        {
            return null;
        }

        var name = text.Trim();
        string? digest = null;
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = name[(at + 1)..];
            name = name[..at];
            if (!IsDigest(digest))
            {
                return null;
            }
        }

        string? tag = null;
        var colon = name.LastIndexOf(':');
        if (colon > name.LastIndexOf('/'))
        {
            tag = name[(colon + 1)..];
            name = name[..colon];
            if (!IsTag(tag))
            {
                return null;
            }
        }

        var registry = ImageReference.DockerHub;
        var path = name;
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && LooksLikeDomain(name[..slash]))
        {
            registry = name[..slash].ToLowerInvariant();
            path = name[(slash + 1)..];
            if (!IsDomain(registry))
            {
                return null;
            }
        }

        if (registry is "index.docker.io" or "registry-1.docker.io")
        {
            registry = ImageReference.DockerHub;
        }

        if (registry == ImageReference.DockerHub && !path.Contains('/', StringComparison.Ordinal))
        {
            path = "library/" + path;
        }

        if (registry.Length + 1 + path.Length > MaxNameLength || !path.Split('/').All(IsPathComponent))
        {
            return null;
        }

        return new ImageReference(registry, path, tag, digest);
    }
}
