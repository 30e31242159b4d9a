using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Cargo.Graph;
using Sightline.Ecosystems.Cargo.Lock;

namespace Sightline.Ecosystems.Cargo;

/// <summary>
/// Rust crates. Each Cargo.lock gives one graph for its workspace, read with the root Cargo.toml and the
/// member Cargo.toml files (scopes, requirements); a Cargo.toml that no lockfile covers gives an
/// unresolved graph of its own.
/// </summary>
public sealed partial class CargoExtractor(CargoSettings settings) : IEcosystemExtractor
{
    internal const string ManifestName = "Cargo.toml";
    internal const string LockName = "Cargo.lock";

    /// <summary>Reads nothing beyond the repository (no registry sources folder).</summary>
    public CargoExtractor()
        : this(CargoSettings.None)
    {
    }

    public string Id => "cargo";

    public Ecosystem Ecosystem => Ecosystem.Cargo;

    public int Version => 3;

    public IReadOnlyList<string> FilePatterns { get; } = [LockName, ManifestName];

    public ExtractionResult Extract(IRepositoryFiles repository, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        var result = new ExtractionResult();
        var manifests = new CargoManifests(repository, files.Where(f => RepositoryPath.FileName(f) == ManifestName), result);
        var lockfiles = files.Where(f => RepositoryPath.FileName(f) == LockName).Order(StringComparer.Ordinal).ToList();
        var lockFolders = lockfiles.Select(RepositoryPath.Directory).ToHashSet(StringComparer.Ordinal);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lockfile in lockfiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadLockfile(repository, lockfile, manifests, lockFolders, covered, result);
        }

        foreach (var path in manifests.Paths)
        {
            if (covered.Contains(path))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();

            // A virtual workspace manifest declares nothing of its own: its members give the graphs.
            if (manifests.Get(path) is { Name: not null } manifest)
            {
                result.Graphs.Add(ManifestOnlyGraph.Build(manifest, manifests.WorkspaceOf(path), path));
            }
        }

        ApplyRegistryLicences(result.Graphs);
        return result;
    }

    private static void ReadLockfile(IRepositoryFiles repository, string lockfile, CargoManifests manifests, HashSet<string> lockFolders, HashSet<string> covered, ExtractionResult result)
    {
        var folder = RepositoryPath.Directory(lockfile);
        var rootPath = Join(folder, ManifestName);
        var root = manifests.Get(rootPath);
        var workspace = Workspace.Find(folder, root, manifests, lockFolders);
        covered.Add(rootPath);
        covered.UnionWith(workspace.MemberPaths);
        SafeParse.TryRun(lockfile, result, () =>
        {
            using var stream = repository.OpenRead(lockfile);
            var length = stream.CanSeek ? stream.Length : 0;
            var input = new LockGraphInput(lockfile, manifests.Paths.Contains(rootPath) ? rootPath : null, CargoLockReader.Read(stream), root)
            {
                Members = workspace.Members,
                NonMemberNames = workspace.NonMemberNames,
            };
            result.BytesRead += length;
            result.Graphs.Add(LockGraphBuilder.Build(input));
        });
    }

    internal static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}
