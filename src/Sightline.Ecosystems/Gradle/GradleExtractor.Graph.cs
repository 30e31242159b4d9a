using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Gradle;

public sealed partial class GradleExtractor
{
    /// <summary>
    /// The lockfile graph when every lockfile reads; a malformed lockfile is an error and the project
    /// falls back to its declarations (when it has a build file).
    /// </summary>
    private static DependencyGraph? Graph(IRepositoryFiles repository, ExtractionResult result, GradleEvaluatedProject project, Func<string, GradleEvaluatedProject?> projects)
    {
        // gradle.lockfile first: its modules keep the order of the project's own lock state.
        var lockfiles = project.Project.Lockfiles.OrderBy(l => RepositoryPath.FileName(l) != "gradle.lockfile").ThenBy(l => l, StringComparer.Ordinal).ToList();
        if (lockfiles.Count > 0)
        {
            var modules = new LockedModules();
            var readable = true;
            foreach (var lockfile in lockfiles)
            {
                readable &= SafeParse.TryRun(lockfile, result, () =>
                {
                    var name = RepositoryPath.FileName(lockfile);
                    var legacy = name is not ("gradle.lockfile" or "buildscript-gradle.lockfile");
                    var buildscript = name.StartsWith("buildscript-", StringComparison.Ordinal);
                    var configuration = legacy ? (buildscript ? "classpath" : name[..^".lockfile".Length]) : null;
                    using var stream = repository.OpenRead(lockfile);
                    GradleLockfileParser.Read(stream, modules, buildscript, configuration);
                });
            }

            result.BytesRead += modules.BytesRead;
            if (readable)
            {
                var main = lockfiles.FirstOrDefault(l => RepositoryPath.FileName(l) == "gradle.lockfile");
                var kind = main is not null ? "gradle.lockfile"
                    : lockfiles.Any(l => RepositoryPath.FileName(l) == "buildscript-gradle.lockfile") ? "buildscript-gradle.lockfile"
                    : LegacyLocks;
                return GradleGraphs.Locked(project, modules, kind, main ?? lockfiles[0], projects);
            }

            if (project.Project.BuildFile is null)
            {
                return null;
            }
        }

        return GradleGraphs.Declared(project, projects);
    }
}
