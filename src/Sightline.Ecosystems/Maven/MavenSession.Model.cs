using System.Runtime.ExceptionServices;
using System.Xml;
using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven.Model;
using Sightline.Ecosystems.Maven.Pom;
using Sightline.Ecosystems.Maven.Sources;

namespace Sightline.Ecosystems.Maven;

internal sealed partial class MavenSession
{
    private readonly Dictionary<string, (EffectiveModel? Model, ExceptionDispatchInfo? Error)> _models = new(StringComparer.Ordinal);
    private readonly HashSet<string> _building = new(StringComparer.Ordinal);

    /// <summary>True while the model of <paramref name="file"/> is being built: importing it again is a cycle.</summary>
    public bool IsBuilding(PomFile file) => _building.Contains(file.Key);

    /// <summary>
    /// The effective model, built once per POM. Throws for a malformed POM, a parent cycle or a property
    /// cycle; a missing parent or BOM is a <see cref="EffectiveModel.Problems"/> entry instead.
    /// </summary>
    public EffectiveModel Build(PomFile file)
    {
        if (_models.TryGetValue(file.Key, out var known))
        {
            known.Error?.Throw();
            return known.Model!;
        }

        _building.Add(file.Key);
        try
        {
            var model = BuildNew(file);
            _models[file.Key] = (model, null);
            return model;
        }
        catch (Exception ex) when (ex is XmlException or ManifestFormatException or IOException or UnauthorizedAccessException or RepositoryFileException)
        {
            _models[file.Key] = (null, ExceptionDispatchInfo.Capture(ex));
            throw;
        }
        finally
        {
            _building.Remove(file.Key);
        }
    }

    private EffectiveModel BuildNew(PomFile file)
    {
        var document = Read(file);
        var problems = new List<UnresolvedDependency>();
        var lineage = Lineage(file, document, problems);

        // Inheritance: the child's properties win; groupId and version come from the nearest POM that sets them.
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = lineage.Count - 1; i >= 0; i--)
        {
            foreach (var (key, value) in lineage[i].Properties)
            {
                properties[key] = value;
            }
        }

        var groupId = lineage.Select(d => d.GroupId).FirstOrDefault(g => g is not null) ?? lineage[^1].Parent?.GroupId;
        var version = lineage.Select(d => d.Version).FirstOrDefault(v => v is not null) ?? lineage[^1].Parent?.Version;
        var parent = document.Parent;
        var interpolator = new Interpolator(UserPropertiesFor(file), properties, key => key switch
        {
            "groupId" => groupId,
            "artifactId" => document.ArtifactId,
            "version" => version,
            "packaging" => document.Packaging ?? "jar",
            "parent.groupId" => parent?.GroupId,
            "parent.artifactId" => parent?.ArtifactId,
            "parent.version" => parent?.Version,
            _ => null,
        });

        // Maven merges child first, then what the parents add; the whole lineage is interpolated with the child's values.
        var management = MergeLineage(lineage, d => d.Management, interpolator);
        ImportBoms(management, problems);
        var dependencies = MergeLineage(lineage, d => d.Dependencies, interpolator).Values.Select(d => Manage(d, management)).ToList();

        return new EffectiveModel
        {
            File = file,
            GroupId = interpolator.Optional(groupId),
            ArtifactId = interpolator.Optional(document.ArtifactId),
            Version = interpolator.Optional(version),
            Packaging = interpolator.Optional(document.Packaging) ?? "jar",

            // Maven inherits <licenses> whole: a child that lists any replaces the parent's list.
            License = MavenLicense.Combine(lineage.Select(d => d.Licenses).FirstOrDefault(l => l.Count > 0) ?? [], interpolator),
            Dependencies = dependencies,
            Management = management,
            Modules = document.Modules,
            Problems = problems,
        };
    }

    private static OrderedDictionary<string, PomDependency> MergeLineage(List<PomDocument> lineage, Func<PomDocument, IReadOnlyList<PomDependency>> select, Interpolator interpolator)
    {
        var merged = new OrderedDictionary<string, PomDependency>(StringComparer.Ordinal);
        foreach (var document in lineage)
        {
            foreach (var declared in select(document))
            {
                var dependency = Interpolate(declared, interpolator);
                merged.TryAdd(dependency.ManagementKey, dependency);
            }
        }

        return merged;
    }

    private static PomDependency Interpolate(PomDependency d, Interpolator interpolator) => d with
    {
        GroupId = interpolator.Optional(d.GroupId),
        ArtifactId = interpolator.Optional(d.ArtifactId),
        Version = interpolator.Optional(d.Version),
        Type = interpolator.Optional(d.Type),
        Classifier = interpolator.Optional(d.Classifier),
        Scope = interpolator.Optional(d.Scope),
        Optional = interpolator.Optional(d.Optional),
        Exclusions = d.Exclusions.Count == 0 ? d.Exclusions
            : [.. d.Exclusions.Select(e => new PomExclusion(interpolator.Interpolate(e.GroupId), interpolator.Interpolate(e.ArtifactId)))],
    };

    /// <summary>dependencyManagement fills what the declaration leaves out: version, scope, optional; exclusions add up.</summary>
    private static PomDependency Manage(PomDependency dependency, OrderedDictionary<string, PomDependency> management)
    {
        if (!management.TryGetValue(dependency.ManagementKey, out var managed))
        {
            return dependency;
        }

        return dependency with
        {
            Version = dependency.Version ?? managed.Version,
            Scope = dependency.Scope ?? managed.Scope,
            Optional = dependency.Optional ?? managed.Optional,
            Exclusions = managed.Exclusions.Count == 0 ? dependency.Exclusions : [.. dependency.Exclusions.Union(managed.Exclusions)],
        };
    }
}
