using Sightline.Core.Model;

namespace Sightline.Ecosystems.Cargo;

/// <summary>
/// Classifies a Cargo.lock `source`: "registry+URL" and "sparse+URL" are registries (crates.io or a
/// private one), "git+URL?branch=x#commit" is git, no source is a path package (a workspace member or a
/// path dependency).
/// </summary>
internal static class CargoSources
{
    public static PackageSource Classify(string? source) =>
        source switch
        {
            null => PackageSource.Local,
            _ when source.StartsWith("registry+", StringComparison.Ordinal) || source.StartsWith("sparse+", StringComparison.Ordinal) => PackageSource.Registry,
            _ when source.StartsWith("git+", StringComparison.Ordinal) => PackageSource.Git,
            _ => PackageSource.Url,
        };

    /// <summary>
    /// Where the package came from: the registry source as written, or for git the repository URL with its
    /// query and commit ("https://github.com/o/r?branch=feat/x#0a1b2c"). v4 percent-encodes the query
    /// ("branch=feat%2Fx"); it is decoded so v3 and v4 lockfiles give the same text.
    /// </summary>
    public static string? Resolved(string? source)
    {
        if (source is null || !source.StartsWith("git+", StringComparison.Ordinal))
        {
            return source;
        }

        var url = source["git+".Length..];
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return url;
        }

        var hash = url.IndexOf('#', query);
        var end = hash < 0 ? url.Length : hash;
        return url[..query] + Uri.UnescapeDataString(url[query..end]) + url[end..];
    }

    /// <summary>Cargo.lock records sha256 hex digests; the graph states the algorithm.</summary>
    public static string? Integrity(string? checksum) => string.IsNullOrEmpty(checksum) ? null : "sha256:" + checksum;
}
