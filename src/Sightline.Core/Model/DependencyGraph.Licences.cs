namespace Sightline.Core.Model;

public sealed partial class DependencyGraph
{
    /// <summary>
    /// Registry packages at a known version whose licence nothing has stated yet: what the readers of installs and
    /// package caches (node_modules, a virtualenv, vendor/bundle, the NuGet and Cargo caches) may fill in.
    /// </summary>
    public IEnumerable<PackageNode> RegistryPackagesWithoutLicence() =>
        _nodes.Where(n => n.Id != 0 && n.License is null && n.Version is not null && n.Source == PackageSource.Registry);
}
