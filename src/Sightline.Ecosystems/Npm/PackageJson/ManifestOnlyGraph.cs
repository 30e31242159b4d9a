using Sightline.Core.Model;

namespace Sightline.Ecosystems.Npm.PackageJson;

/// <summary>
/// The graph of a package.json that no lockfile covers: exact pins become direct nodes, everything else
/// is recorded as unresolved. Versions are never guessed from ranges.
/// </summary>
internal static class ManifestOnlyGraph
{
    public const string Kind = "package.json (no lockfile)";

    public static DependencyGraph Parse(Stream stream, string manifestPath) => Build(PackageJsonManifest.Parse(stream), manifestPath);

    public static DependencyGraph Build(PackageJsonManifest manifest, string manifestPath)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var graph = new DependencyGraph(Ecosystem.Npm, manifestPath, Kind, manifest.Name, manifest.Version);
        foreach (var dep in manifest.Dependencies)
        {
            var name = dep.Name;
            var range = dep.Requirement;
            string? alias = null;
            if (NpmSources.TryParseAlias(range, out var realName, out var realRange))
            {
                alias = name;
                name = realName;
                range = realRange;
            }

            var source = NpmSources.Classify(range);
            if (source == PackageSource.Registry && NpmSources.IsExactVersion(range, out var version))
            {
                var node = graph.AddNode(name, version, dep.Scope);
                node.Direct = true;
                node.Alias = alias;
                graph.AddEdge(0, node.Id, dep.Scope, dep.Requirement);
            }
            else
            {
                var reason = source == PackageSource.Registry
                    ? $"no lockfile: range {range} not pinned"
                    : $"no lockfile: {source.ToString().ToLowerInvariant()} dependency {range} not resolved";
                graph.AddUnresolved(new UnresolvedDependency(dep.Name, dep.Requirement, reason, dep.Scope));
            }
        }

        if (manifest.Dependencies.Count > 0)
        {
            graph.AddUnresolved(new UnresolvedDependency("*", null, "no lockfile: transitive dependencies are unknown"));
        }

        return graph;
    }
}
