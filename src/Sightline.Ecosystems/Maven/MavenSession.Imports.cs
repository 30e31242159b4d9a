using System.Xml;
using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven.Model;
using Sightline.Ecosystems.Maven.Pom;
using Sightline.Ecosystems.Maven.Resolution;

namespace Sightline.Ecosystems.Maven;

internal sealed partial class MavenSession
{
    /// <summary>
    /// Replaces each &lt;type&gt;pom&lt;/type&gt;&lt;scope&gt;import&lt;/scope&gt; entry by the BOM's own effective
    /// management. Declared entries win over imported ones and the first import wins over later ones. A BOM
    /// that imports itself, directly or through others, is a problem, never a loop.
    /// </summary>
    private void ImportBoms(OrderedDictionary<string, PomDependency> management, List<UnresolvedDependency> problems)
    {
        var imports = management.Values.Where(d => d.IsImport).ToList();
        foreach (var bom in imports)
        {
            management.Remove(bom.ManagementKey);
        }

        foreach (var bom in imports)
        {
            var name = $"{bom.GroupId}:{bom.ArtifactId}";
            if (bom.GroupId is null || bom.ArtifactId is null || bom.Version is null || Interpolator.HasExpression(name + bom.Version) || VersionRange.IsRange(bom.Version))
            {
                problems.Add(new UnresolvedDependency(name, bom.Version, $"BOM import {name}:{bom.Version ?? "(no version)"} has unresolved coordinates: the versions it manages are unknown"));
                continue;
            }

            var coordinate = new MavenCoordinate(bom.GroupId, bom.ArtifactId, bom.Version);
            var found = Find(coordinate);
            if (found is null)
            {
                problems.Add(new UnresolvedDependency(name, bom.Version, $"BOM {coordinate} not found in {SearchedPlaces}: the versions it manages are unknown"));
                continue;
            }

            if (IsBuilding(found))
            {
                problems.Add(new UnresolvedDependency(name, bom.Version, $"BOM import cycle: {coordinate} imports itself, directly or through other BOMs; the cyclic import is ignored"));
                continue;
            }

            EffectiveModel imported;
            try
            {
                imported = Build(found);
            }
            catch (Exception ex) when (ex is XmlException or ManifestFormatException or IOException or UnauthorizedAccessException or RepositoryFileException)
            {
                problems.Add(new UnresolvedDependency(name, bom.Version, $"BOM {coordinate} ({found.Display}) could not be used: {ex.Message}"));
                continue;
            }

            foreach (var entry in imported.Management.Values)
            {
                management.TryAdd(entry.ManagementKey, entry);
            }

            problems.AddRange(imported.Problems.Where(p => !problems.Contains(p)));
        }
    }
}
