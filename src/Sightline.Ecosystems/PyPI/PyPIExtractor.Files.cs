using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.PyPI.Pipfile;
using Sightline.Ecosystems.PyPI.Requirements;
using Sightline.Ecosystems.PyPI.Shared;

namespace Sightline.Ecosystems.PyPI;

public sealed partial class PyPIExtractor
{
    private sealed partial class Run : IRequirementsFiles
    {
        public void PipfileLock(string lockfile)
        {
            var pipfilePath = lockfile[..^".lock".Length];
            List<Declaration>? declared = null;
            if (repository.Exists(pipfilePath))
            {
                SafeParse.TryRun(pipfilePath, result, () =>
                {
                    using var stream = Open(pipfilePath);
                    declared = PipfileParser.Parse(stream);
                });
            }

            SafeParse.TryRun(lockfile, result, () =>
            {
                using var stream = Open(lockfile);
                var names = declared?.Select(d => d.NormalizedName).ToHashSet(StringComparer.Ordinal);
                result.Graphs.Add(PipfileLockParser.Parse(stream, declared is null ? lockfile : pipfilePath, lockfile, names));
            });
        }

        public void PipfileAlone(string pipfile) =>
            SafeParse.TryRun(pipfile, result, () =>
            {
                using var stream = Open(pipfile);
                var graph = new DependencyGraph(Ecosystem.PyPI, pipfile, "Pipfile (no lockfile)");
                var declarations = PipfileParser.Parse(stream);
                var declared = new DeclaredGraph(graph, "no Pipfile.lock");
                foreach (var declaration in declarations)
                {
                    declared.Add(LocalToRepository(pipfile, declaration));
                }

                if (declarations.Count > 0)
                {
                    declared.NoTransitives();
                }

                result.Graphs.Add(graph);
            });

        public void Requirements(string path) =>
            SafeParse.TryRun(path, result, () =>
            {
                using var stream = Open(path);
                var parsed = RequirementsParser.Parse(path, stream, this);
                var graph = new DependencyGraph(Ecosystem.PyPI, path, "requirements.txt");
                var declared = new DeclaredGraph(graph, "not pinned with ==");
                foreach (var declaration in parsed.Declarations)
                {
                    var pinned = declaration.Source == PackageSource.Registry && Pep508.PinnedVersion(declaration.Requirement) is null
                        && parsed.Constraints.TryGetValue(declaration.NormalizedName, out var constraint)
                        ? declaration with { Version = constraint }
                        : declaration;
                    declared.Add(pinned);
                }

                parsed.Problems.ForEach(graph.AddUnresolved);
                graph.AddUnresolved(new UnresolvedDependency("*", null,
                    "requirements files record no dependency edges: every entry hangs off the project, and transitive dependencies are known only as far as the file lists them"));
                result.Graphs.Add(graph);
            });

        /// <summary>A Pipfile or pyproject path entry ("." or "../lib") as a repository path, or a problem when it is not there.</summary>
        private Declaration LocalToRepository(string manifest, Declaration declaration)
        {
            if (declaration.Source != PackageSource.Local || declaration.Resolved is not { } local)
            {
                return declaration;
            }

            var folder = RepositoryPath.Combine(RepositoryPath.Directory(manifest), local.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? local[5..] : local);
            return folder is not null && ((IRequirementsFiles)this).HasPath(folder)
                ? declaration with { Resolved = folder.Length == 0 ? "." : folder }
                : declaration with { Problem = $"{manifest}: local path {local} is not in the repository" };
        }

        Stream? IRequirementsFiles.Open(string path) => repository.Exists(path) ? Open(path) : null;

        bool IRequirementsFiles.HasPath(string path) =>
            path.Length == 0 || repository.Exists(path) || repository.Files.Any(f => f.StartsWith(path + "/", StringComparison.Ordinal));
    }
}
