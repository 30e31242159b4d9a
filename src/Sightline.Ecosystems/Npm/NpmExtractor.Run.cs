using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Npm.PackageJson;

namespace Sightline.Ecosystems.Npm;

public sealed partial class NpmExtractor
{
    /// <summary>The state of one extraction: files by folder, parsed manifests, folders already covered.</summary>
    private sealed class Run
    {
        private readonly IRepositoryFiles _repository;
        private readonly Dictionary<string, PackageJsonManifest?> _manifests = new(StringComparer.Ordinal);

        public Run(IRepositoryFiles repository, IReadOnlyList<string> files, ExtractionResult result)
        {
            _repository = repository;
            Result = result;
            foreach (var file in files)
            {
                var folder = RepositoryPath.Directory(file);
                if (!Folders.TryGetValue(folder, out var names))
                {
                    Folders[folder] = names = new HashSet<string>(StringComparer.Ordinal);
                }

                names.Add(RepositoryPath.FileName(file));
            }
        }

        public SortedDictionary<string, HashSet<string>> Folders { get; } = new(StringComparer.Ordinal);

        /// <summary>Folders whose package.json a lockfile has already accounted for.</summary>
        public HashSet<string> Covered { get; } = new(StringComparer.Ordinal);

        public ExtractionResult Result { get; }

        /// <summary>Parses a package.json once; null (and one error) when it cannot be read.</summary>
        public PackageJsonManifest? ReadManifest(string path)
        {
            if (!_manifests.TryGetValue(path, out var manifest))
            {
                ParseFile(path, stream => manifest = PackageJsonManifest.Parse(stream));
                _manifests[path] = manifest;
            }

            return manifest;
        }

        /// <summary>The package.json files of the workspace members the root's "workspaces" globs select.</summary>
        public Dictionary<string, PackageJsonManifest> WorkspaceMembers(string folder, PackageJsonManifest? root)
        {
            var members = new Dictionary<string, PackageJsonManifest>(StringComparer.Ordinal);
            var globs = new List<string>(root?.Workspaces ?? []);
            globs.AddRange(PnpmWorkspaceGlobs(folder));
            if (globs.Count == 0)
            {
                return members;
            }

            var prefix = folder.Length == 0 ? string.Empty : folder + "/";
            var candidates = new List<string>();
            foreach (var (candidate, names) in Folders)
            {
                if (candidate.Length > prefix.Length && candidate.StartsWith(prefix, StringComparison.Ordinal) && names.Contains(Manifest))
                {
                    candidates.Add(candidate[prefix.Length..]);
                }
            }

            foreach (var relative in Workspaces.Match(globs, candidates))
            {
                var memberFolder = prefix + relative;
                if (ReadManifest(Join(memberFolder, Manifest)) is { } manifest)
                {
                    members[memberFolder] = manifest;
                }
            }

            return members;
        }

        /// <summary>The "packages" globs of a pnpm-workspace.yaml in the folder, if there is one.</summary>
        private List<string> PnpmWorkspaceGlobs(string folder)
        {
            var globs = new List<string>();
            var path = Join(folder, "pnpm-workspace.yaml");
            if (_repository.Exists(path))
            {
                ParseFile(path, stream =>
                {
                    using var reader = new StreamReader(stream);
                    foreach (var item in Yaml.LockYamlReader.Read(reader)["packages"]?.Sequence ?? [])
                    {
                        if (item.Scalar is { } glob)
                        {
                            globs.Add(glob);
                        }
                    }
                });
            }

            return globs;
        }

        /// <summary>Opens and parses one file; failures become errors naming it, bytes are counted.</summary>
        public void ParseFile(string path, Action<Stream> parse) =>
            SafeParse.TryRun(path, Result, () =>
            {
                using var stream = _repository.OpenRead(path);
                try
                {
                    parse(stream);
                }
                catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or KeyNotFoundException or OverflowException)
                {
                    // A shape no parser check anticipated: still this file's error, not the whole run's.
                    throw new ManifestFormatException("unexpected content: " + ex.Message, ex);
                }
                finally
                {
                    Result.BytesRead += stream.CanSeek ? stream.Length : 0;
                }
            });
    }
}
