using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.PyPI.Pdm;
using Sightline.Ecosystems.PyPI.Poetry;
using Sightline.Ecosystems.PyPI.PyProject;
using Sightline.Ecosystems.PyPI.Shared;
using Sightline.Ecosystems.PyPI.Uv;

namespace Sightline.Ecosystems.PyPI;

public sealed partial class PyPIExtractor
{
    /// <summary>One extraction: the repository, the result, and what earlier graphs established.</summary>
    private sealed partial class Run(IRepositoryFiles repository, ExtractionResult result)
    {
        private readonly Dictionary<string, PyProjectManifest?> _manifests = new(StringComparer.Ordinal);

        /// <summary>pyproject.toml files a lockfile already covers (its own, and uv workspace members').</summary>
        private readonly HashSet<string> _covered = new(StringComparer.Ordinal);

        public ExtractionResult Result => result;

        public void Lockfile(string lockfile)
        {
            var pyprojectPath = Sibling(lockfile, PyProjectToml);
            var manifest = Manifest(pyprojectPath);
            var fileName = RepositoryPath.FileName(lockfile);
            _covered.Add(pyprojectPath);
            SafeParse.TryRun(lockfile, result, () =>
            {
                using var stream = Open(lockfile);
                var manifestPath = manifest is null ? lockfile : pyprojectPath;
                DependencyGraph graph;
                if (fileName == "uv.lock")
                {
                    graph = UvGraph(stream, lockfile, manifestPath, manifest);
                }
                else
                {
                    var (packages, version) = fileName == "poetry.lock" ? PoetryLockParser.Parse(stream) : PdmLockParser.Parse(stream);
                    graph = new DependencyGraph(Ecosystem.PyPI, manifestPath, $"{fileName} v{version}", manifest?.Name, manifest?.Version)
                    {
                        LockfilePath = lockfile,
                    };
                    new LockGraphBuilder(graph, fileName).Build(packages, manifest?.Declarations);
                    Publish(graph, manifest);
                }

                result.Graphs.Add(graph);
            });
        }

        private DependencyGraph UvGraph(Stream stream, string lockfile, string manifestPath, PyProjectManifest? manifest)
        {
            var uv = UvLockParser.Parse(stream);
            var folder = RepositoryPath.Directory(lockfile);
            foreach (var member in uv.MemberFolders)
            {
                if (RepositoryPath.Combine(folder, member) is { } memberFolder)
                {
                    _covered.Add(memberFolder.Length == 0 ? PyProjectToml : memberFolder + "/" + PyProjectToml);
                }
            }

            var graph = new DependencyGraph(Ecosystem.PyPI, manifestPath, "uv.lock v" + uv.Version,
                manifest?.Name ?? uv.RootName, manifest is null ? uv.RootVersion : manifest.Version)
            {
                LockfilePath = lockfile,
            };

            // The lockfile's own record of the project is authoritative; with no root or member in it, the
            // pyproject's declarations are the next best thing.
            var declarations = uv.RootName is not null || uv.Members.Count > 0 ? uv.Declarations : manifest?.Declarations;
            new LockGraphBuilder(graph, "uv.lock").Build(uv.Packages, declarations);
            if (manifest is not null)
            {
                Publish(graph, manifest);
            }
            else if (uv.RootName is { } rootName)
            {
                graph.Publishes.Add(new PublishedPackage(rootName, uv.RootVersion));
            }

            foreach (var member in uv.Members)
            {
                graph.Publishes.Add(new PublishedPackage(member.Name, member.Version));
            }

            return graph;
        }

        public void PyProjectAlone(string pyproject)
        {
            if (_covered.Contains(pyproject))
            {
                return;
            }

            var manifest = Manifest(pyproject);
            if (manifest is null || (manifest.Name is null && manifest.Declarations.Count == 0))
            {
                // Unreadable (reported by Manifest) or tool configuration only.
                return;
            }

            var graph = new DependencyGraph(Ecosystem.PyPI, pyproject, "pyproject.toml (no lockfile)", manifest.Name, manifest.Version);
            var declared = new DeclaredGraph(graph, "no lockfile");
            foreach (var declaration in manifest.Declarations)
            {
                declared.Add(LocalToRepository(pyproject, declaration));
            }

            if (manifest.Declarations.Count > 0)
            {
                declared.NoTransitives();
            }

            Publish(graph, manifest);
            result.Graphs.Add(graph);
        }

        /// <summary>The pyproject.toml at this path, parsed once; null when absent or broken (reported once).</summary>
        private PyProjectManifest? Manifest(string path)
        {
            if (_manifests.TryGetValue(path, out var cached))
            {
                return cached;
            }

            PyProjectManifest? manifest = null;
            if (repository.Exists(path))
            {
                SafeParse.TryRun(path, result, () =>
                {
                    using var stream = Open(path);
                    manifest = PyProjectParser.Parse(stream);
                });
            }

            _manifests[path] = manifest;
            return manifest;
        }

        private Stream Open(string path)
        {
            var stream = repository.OpenRead(path);
            result.BytesRead += stream.CanSeek ? stream.Length : 0;
            return stream;
        }
    }
}
