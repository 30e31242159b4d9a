using Sightline.Core.Model;

namespace Sightline.Ecosystems.Sbom;

/// <summary>A package URL split into what Sightline needs: its ecosystem, the name as that ecosystem spells it, the version.</summary>
internal sealed record ParsedPurl(string Type, Ecosystem? Ecosystem, string Name, string? Version, string? RepositoryUrl);

/// <summary>
/// Parses "pkg:type/namespace/name@version?qualifiers#subpath" (https://github.com/package-url/purl-spec).
/// Only the parts that identify a package are kept; qualifiers other than repository_url and the
/// subpath do not change which package it is.
/// </summary>
internal static class PurlParser
{
    private static readonly Dictionary<string, Ecosystem> ByType = Enum.GetValues<Ecosystem>().ToDictionary(e => e.PurlType(), StringComparer.Ordinal);

    public static bool TryParse(string text, out ParsedPurl purl)
    {
        purl = null!;
        if (!text.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text[4..].TrimStart('/');
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            rest = rest[..hash];
        }

        string? repositoryUrl = null;
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            repositoryUrl = Qualifier(rest[(question + 1)..], "repository_url");
            rest = rest[..question];
        }

        string? version = null;
        var at = rest.LastIndexOf('@');
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        // '@' before the first '/' cannot start a version: it is part of the type or an unencoded npm scope.
        if (at > slash && slash >= 0)
        {
            version = Decode(rest[(at + 1)..]);
            rest = rest[..at];
        }

        if (slash <= 0)
        {
            return false;
        }

        var type = rest[..slash].ToLowerInvariant();
        var segments = rest[(slash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Decode).ToArray();
        if (segments.Length == 0)
        {
            return false;
        }

        Ecosystem? ecosystem = ByType.TryGetValue(type, out var known) ? known : null;
        var name = ecosystem switch
        {
            // Maven's namespace is the group: Sightline spells the package "group:artifact".
            Ecosystem.Maven => string.Join(':', segments),
            // Packages without namespaces: a stray namespace would be a different package, keep it visible.
            _ => string.Join('/', segments),
        };
        purl = new ParsedPurl(type, ecosystem, name, string.IsNullOrEmpty(version) ? null : version, repositoryUrl);
        return true;
    }

    private static string? Qualifier(string qualifiers, string key)
    {
        foreach (var pair in qualifiers.Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair[..eq].Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return Decode(pair[(eq + 1)..]);
            }
        }

        return null;
    }

    private static string Decode(string segment) => Uri.UnescapeDataString(segment);
}
