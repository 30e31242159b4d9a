using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.PyPI.Installed;

namespace Sightline.Ecosystems.PyPI;

public sealed partial class PyPIExtractor
{
    private sealed partial class Run
    {
        /// <summary>
        /// Python lockfiles and requirements files state no licences, but a virtualenv inside the project
        /// (uv's and Poetry's in-project <c>.venv</c>) holds each installed distribution's METADATA. A registry
        /// package without a licence takes the one its installed copy declares, only when that copy is the same
        /// version and sits beside the manifest (its folder or an ancestor's).
        /// </summary>
        public void ApplyInstalledLicences()
        {
            if (SitePackages.Index(repository, result) is not { } installed)
            {
                return;
            }

            foreach (var graph in result.Graphs)
            {
                var folder = RepositoryPath.Directory(graph.LockfilePath ?? graph.ManifestPath);
                foreach (var node in graph.RegistryPackagesWithoutLicence())
                {
                    node.License = installed.License(folder, node.Name, node.Version!);
                }
            }
        }
    }
}
