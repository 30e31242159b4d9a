using Sightline.Core.Model;
using Sightline.Ecosystems.Cargo.Manifest;

namespace Sightline.Ecosystems.Cargo.Graph;

/// <summary>
/// A Cargo.toml that no Cargo.lock covers (typically a library crate): the package, what it publishes and
/// every declared dependency as unresolved with its requirement. Cargo requirements are ranges ("1.2"
/// means ^1.2), so no version is pinned and none is guessed.
/// </summary>
internal static class ManifestOnlyGraph
{
    public const string Kind = "Cargo.toml (no lockfile)";

    public static DependencyGraph Build(CargoManifest manifest, CargoWorkspace? workspace, string manifestPath)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var version = manifest.VersionWith(workspace);
        var graph = new DependencyGraph(Ecosystem.Cargo, manifestPath, Kind, manifest.Name, version);
        graph.Root.License = manifest.LicenseWith(workspace);
        if (manifest.Name is not null)
        {
            graph.Publishes.Add(new PublishedPackage(manifest.Name, version));
        }

        foreach (var declared in manifest.Dependencies)
        {
            var d = declared.InheritFrom(workspace);
            graph.AddUnresolved(new UnresolvedDependency(d.Package, d.Requirement, Reason(d), d.Scope));
        }

        if (manifest.Dependencies.Count > 0)
        {
            graph.AddUnresolved(new UnresolvedDependency("*", null, "no Cargo.lock: transitive dependencies are unknown"));
        }

        return graph;
    }

    private static string Reason(CargoDeclaration d) =>
        d.InheritanceMissing ? $"no Cargo.lock, and '{d.Key}' is inherited from a workspace that does not declare it"
        : d.Source switch
        {
            PackageSource.Git => $"no Cargo.lock: git dependency {d.Location} not resolved",
            PackageSource.Local => $"no Cargo.lock: path dependency {d.Location} not resolved",
            _ => d.Requirement is null ? "no Cargo.lock and no version requirement" : $"no Cargo.lock: requirement {d.Requirement} not pinned",
        };
}
