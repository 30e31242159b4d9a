using Sightline.Core.Model;
using Sightline.Ecosystems.NuGet.Nuspec;

namespace Sightline.Ecosystems.NuGet;

public sealed partial class NuGetExtractor
{
    /// <summary>
    /// Lockfiles and assets files name packages, not their licences; a restored package's .nuspec states it.
    /// Only registry packages are looked up: a project reference's licence is its own project file's.
    /// </summary>
    private void ApplyNuspecLicences(IEnumerable<DependencyGraph> graphs)
    {
        if (settings.PackagesFolder is not { } folder)
        {
            return;
        }

        var nuspecs = new NuspecLicenses(folder);
        foreach (var node in graphs.SelectMany(g => g.RegistryPackagesWithoutLicence()))
        {
            node.License = nuspecs.Find(node.Name, node.Version!);
        }
    }
}
