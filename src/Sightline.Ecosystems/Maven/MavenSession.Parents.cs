using System.Xml;
using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven.Model;
using Sightline.Ecosystems.Maven.Pom;
using Sightline.Ecosystems.Maven.Resolution;
using Sightline.Ecosystems.Maven.Sources;

namespace Sightline.Ecosystems.Maven;

internal sealed partial class MavenSession
{
    private const int MaxParents = 32;

    /// <summary>The POM and its parents, child first. A parent that cannot be found ends the chain as a problem; a cycle throws.</summary>
    private List<PomDocument> Lineage(PomFile file, PomDocument document, List<UnresolvedDependency> problems)
    {
        var lineage = new List<PomDocument> { document };
        var chain = new List<string> { $"{document.EffectiveGroupId}:{document.ArtifactId}:{document.EffectiveVersion}" };
        var seen = new HashSet<string>(StringComparer.Ordinal) { file.Key };
        var (currentFile, current) = (file, document);
        while (current.Parent is { } declared)
        {
            var label = $"{declared.GroupId}:{declared.ArtifactId}:{declared.Version}";
            if (lineage.Count > MaxParents)
            {
                problems.Add(new UnresolvedDependency($"{declared.GroupId}:{declared.ArtifactId}", declared.Version, $"parent chain longer than {MaxParents} POMs: stopped at {label}"));
                break;
            }

            var parentFile = FindParent(currentFile, current, declared, problems);
            if (parentFile is null)
            {
                break;
            }

            if (!seen.Add(parentFile.Key))
            {
                throw new ManifestFormatException($"parent cycle: {string.Join(" → ", chain)} → {label}", document.Parent!.Line, null);
            }

            PomDocument parentDocument;
            try
            {
                parentDocument = Read(parentFile);
            }
            catch (Exception ex) when (ex is XmlException or ManifestFormatException or IOException or UnauthorizedAccessException or RepositoryFileException)
            {
                problems.Add(new UnresolvedDependency($"{declared.GroupId}:{declared.ArtifactId}", declared.Version,
                    $"parent POM {label} ({parentFile.Display}) could not be read: {ex.Message}"));
                break;
            }

            lineage.Add(parentDocument);
            chain.Add(label);
            (currentFile, current) = (parentFile, parentDocument);
        }

        return lineage;
    }

    /// <summary>
    /// Maven's parent lookup: the POM at relativePath (default ../pom.xml) in the same repository when it
    /// declares the expected coordinates, else the source chain by coordinates.
    /// </summary>
    private PomFile? FindParent(PomFile childFile, PomDocument child, PomParent declared, List<UnresolvedDependency> problems)
    {
        var name = $"{declared.GroupId}:{declared.ArtifactId}";
        if (declared.GroupId is null || declared.ArtifactId is null)
        {
            problems.Add(new UnresolvedDependency(name, declared.Version, "the parent declaration lacks a groupId or an artifactId"));
            return null;
        }

        // A CI-friendly parent version (${revision}) resolves from maven.config or the child's own properties.
        var version = declared.Version;
        if (Interpolator.HasExpression(version))
        {
            try
            {
                version = new Interpolator(UserPropertiesFor(childFile), child.Properties, _ => null).Optional(version);
            }
            catch (ManifestFormatException)
            {
                // Left as written: the relativePath parent may still match by groupId and artifactId.
            }
        }

        if (childFile.Repository is { } repository && PomIdentity.ParentPath(childFile.Path, declared) is { } path
            && path != childFile.Path && repository.Exists(path))
        {
            var candidate = childFile.FleetName is null ? RepositoryFile(path) : PomFile.InRepository(repository, childFile.FleetName, path);
            if (TryRead(candidate) is not null)
            {
                var identity = Identity(candidate);
                if (identity.GroupId == declared.GroupId && identity.ArtifactId == declared.ArtifactId
                    && (version is null || identity.Version == version || Interpolator.HasExpression(version) || Interpolator.HasExpression(identity.Version)))
                {
                    return candidate;
                }
            }
        }

        if (version is null || Interpolator.HasExpression(version))
        {
            problems.Add(new UnresolvedDependency(name, declared.Version, $"parent version {declared.Version ?? "(none)"} could not be resolved and no POM at relativePath matches {name}"));
            return null;
        }

        var found = Find(new MavenCoordinate(declared.GroupId, declared.ArtifactId, version));
        if (found is null)
        {
            problems.Add(new UnresolvedDependency(name, version,
                $"parent POM {name}:{version} not found in {SearchedPlaces}: the versions and properties it defines are unknown"));
        }

        return found;
    }
}
