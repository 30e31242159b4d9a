using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Npm.Installed;
using Sightline.Ecosystems.Npm.PackageJson;
using Sightline.Ecosystems.Npm.PackageLock;
using Sightline.Ecosystems.Npm.Pnpm;
using Sightline.Ecosystems.Npm.Yarn;

namespace Sightline.Ecosystems.Npm;

/// <summary>
/// npm, yarn and pnpm projects. Each lockfile gives one graph (with its workspaces) read together with the
/// package.json beside it; a package.json that no lockfile covers gives an unresolved graph of its own.
/// </summary>
public sealed partial class NpmExtractor : IEcosystemExtractor
{
    private const string Manifest = "package.json";
    private const string PackageLockName = "package-lock.json";
    private const string Shrinkwrap = "npm-shrinkwrap.json";
    private const string YarnLock = "yarn.lock";
    private const string PnpmLock = "pnpm-lock.yaml";

    public string Id => "npm";

    public Ecosystem Ecosystem => Ecosystem.Npm;

    public int Version => 5;

    public IReadOnlyList<string> FilePatterns { get; } = [Manifest, PackageLockName, Shrinkwrap, YarnLock, PnpmLock];

    public ExtractionResult Extract(IRepositoryFiles repository, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        var run = new Run(repository, files, new ExtractionResult());
        foreach (var (folder, names) in run.Folders)
        {
            foreach (var lockfile in LockfilesOf(names))
            {
                cancellationToken.ThrowIfCancellationRequested();
                run.Covered.Add(folder);
                ReadLockfile(run, folder, lockfile);
            }
        }

        foreach (var (folder, names) in run.Folders)
        {
            if (!names.Contains(Manifest) || run.Covered.Contains(folder))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var path = Join(folder, Manifest);
            if (run.ReadManifest(path) is { } manifest)
            {
                run.Result.Graphs.Add(ManifestOnlyGraph.Build(manifest, path));
            }
        }

        var installed = new InstalledPackages(repository, run.Result);
        foreach (var graph in run.Result.Graphs)
        {
            RecordPublished(run, graph);
            ApplyLicences(run, graph);
            ApplyInstalledLicences(installed, graph);
        }

        return run.Result;
    }

    /// <summary>The package.json beside the graph's manifest and its workspace members publish what they name, unless private.</summary>
    private static void RecordPublished(Run run, DependencyGraph graph)
    {
        var folder = RepositoryPath.Directory(graph.ManifestPath);
        var root = run.Folders.TryGetValue(folder, out var names) && names.Contains(Manifest) ? run.ReadManifest(Join(folder, Manifest)) : null;
        var manifests = new List<PackageJsonManifest>();
        if (root is not null)
        {
            manifests.Add(root);
            manifests.AddRange(run.WorkspaceMembers(folder, root).Values);
        }

        foreach (var manifest in manifests.Where(m => m is { Name: not null, Private: false }))
        {
            graph.Publishes.Add(new PublishedPackage(manifest.Name!, manifest.Version));
        }
    }

    /// <summary>npm-shrinkwrap.json wins over package-lock.json; yarn and pnpm lockfiles stand on their own.</summary>
    private static IEnumerable<string> LockfilesOf(HashSet<string> names)
    {
        if (names.Contains(Shrinkwrap))
        {
            yield return Shrinkwrap;
        }
        else if (names.Contains(PackageLockName))
        {
            yield return PackageLockName;
        }

        if (names.Contains(YarnLock))
        {
            yield return YarnLock;
        }

        if (names.Contains(PnpmLock))
        {
            yield return PnpmLock;
        }
    }

    private static void ReadLockfile(Run run, string folder, string lockfileName)
    {
        var lockfilePath = Join(folder, lockfileName);
        var manifestPath = run.Folders[folder].Contains(Manifest) ? Join(folder, Manifest) : null;
        var root = manifestPath is null ? null : run.ReadManifest(manifestPath);
        var members = run.WorkspaceMembers(folder, root);
        var project = new NpmProject(root, members);
        var graphManifest = manifestPath ?? lockfilePath;
        NpmLockResult? parsed = null;
        run.ParseFile(lockfilePath, stream => parsed = lockfileName switch
        {
            YarnLock => YarnLockParser.Parse(stream, graphManifest, lockfilePath, project),
            PnpmLock => PnpmLockParser.Parse(stream, graphManifest, lockfilePath, project),
            _ => PackageLockParser.Parse(stream, graphManifest, lockfilePath, root),
        });

        foreach (var member in members.Keys)
        {
            run.Covered.Add(member);
        }

        if (parsed is not null)
        {
            run.Result.Graphs.Add(parsed.Graph);
            foreach (var member in parsed.MemberFolders)
            {
                run.Covered.Add(member);
            }
        }
    }

    internal static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}
