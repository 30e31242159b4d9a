using Sightline.Core.Model;

namespace Sightline.Ecosystems.Npm;

/// <summary>
/// A lockfile parser's output: the graph and the workspace member folders (repository-relative) the
/// lockfile covers, so the extractor does not build separate graphs for their package.json files.
/// </summary>
internal sealed record NpmLockResult(DependencyGraph Graph, IReadOnlyList<string> MemberFolders);

/// <summary>
/// The package.json files a lockfile is read with: the one next to it and, for workspaces, the members'
/// (keyed by repository-relative folder). Either may be missing.
/// </summary>
internal sealed class NpmProject
{
    public NpmProject(PackageJson.PackageJsonManifest? root, IReadOnlyDictionary<string, PackageJson.PackageJsonManifest>? members = null)
    {
        Root = root;
        Members = members ?? new Dictionary<string, PackageJson.PackageJsonManifest>(StringComparer.Ordinal);
    }

    public PackageJson.PackageJsonManifest? Root { get; }

    public IReadOnlyDictionary<string, PackageJson.PackageJsonManifest> Members { get; }
}
