using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven.Model;
using Sightline.Ecosystems.Maven.Pom;

namespace Sightline.Ecosystems.Maven.Sources;

/// <summary>
/// A repository POM's own coordinates, cheaply: groupId and version inherited from the parent declaration
/// when omitted, ${...} (CI-friendly ${revision} and friends) resolved from .mvn/maven.config, the POM's
/// properties and those of its parents found by relativePath in the same repository. No lookup leaves the
/// repository, so indexing a fleet stays fast.
/// </summary>
internal static class PomIdentity
{
    private const int MaxParents = 16;

    public static (string? GroupId, string? ArtifactId, string? Version) Of(
        string path, PomDocument document, Func<string, PomDocument?> readPath, IReadOnlyDictionary<string, string> user)
    {
        var chain = new List<PomDocument> { document };
        var seen = new HashSet<string>(StringComparer.Ordinal) { path };
        var current = (Path: path, Document: document);
        while (chain.Count < MaxParents && current.Document.Parent is { } parent && ParentPath(current.Path, parent) is { } parentPath
               && seen.Add(parentPath) && readPath(parentPath) is { } parentDocument
               && parentDocument.ArtifactId == parent.ArtifactId)
        {
            chain.Add(parentDocument);
            current = (parentPath, parentDocument);
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var (key, value) in chain[i].Properties)
            {
                properties[key] = value;
            }
        }

        var groupId = chain.Select(d => d.GroupId).FirstOrDefault(g => g is not null) ?? chain[^1].Parent?.GroupId;
        var version = chain.Select(d => d.Version).FirstOrDefault(v => v is not null) ?? chain[^1].Parent?.Version;
        var interpolator = new Interpolator(user, properties, key => key switch
        {
            "groupId" => groupId,
            "artifactId" => document.ArtifactId,
            "version" => version,
            "parent.groupId" => document.Parent?.GroupId,
            "parent.version" => document.Parent?.Version,
            _ => null,
        });
        return (Safe(interpolator, groupId), Safe(interpolator, document.ArtifactId), Safe(interpolator, version));
    }

    /// <summary>The repository path relativePath (default ../pom.xml) points at; null for &lt;relativePath/&gt; or outside.</summary>
    public static string? ParentPath(string childPath, PomParent parent)
    {
        if (parent.RelativePath is { Length: 0 })
        {
            return null;
        }

        var target = RepositoryPath.Combine(RepositoryPath.Directory(childPath), parent.RelativePath ?? "../pom.xml");
        if (target is null)
        {
            return null;
        }

        return target.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? target : (target.Length == 0 ? "pom.xml" : target + "/pom.xml");
    }

    private static string? Safe(Interpolator interpolator, string? text)
    {
        try
        {
            return interpolator.Optional(text);
        }
        catch (ManifestFormatException)
        {
            // A property cycle is reported when the POM itself is extracted; its identity stays as written.
            return text;
        }
    }
}
