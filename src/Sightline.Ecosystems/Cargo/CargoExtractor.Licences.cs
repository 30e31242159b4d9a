using Sightline.Core.Model;
using Sightline.Ecosystems.Cargo.Registry;

namespace Sightline.Ecosystems.Cargo;

public sealed partial class CargoExtractor
{
    /// <summary>
    /// Cargo.lock names crates, not their licences; an unpacked registry crate's Cargo.toml states it. Only
    /// registry crates are looked up: a member's or path crate's licence is its own Cargo.toml in the repository,
    /// and a git crate is not unpacked under the registry folder.
    /// </summary>
    private void ApplyRegistryLicences(IEnumerable<DependencyGraph> graphs)
    {
        if (settings.RegistrySources is not { } folder)
        {
            return;
        }

        var sources = new RegistryLicenses(folder);
        foreach (var node in graphs.SelectMany(g => g.RegistryPackagesWithoutLicence()))
        {
            node.License = sources.Find(node.Name, node.Version!);
        }
    }
}
