using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Gradle;

/// <summary>
/// Gradle builds: one graph per project (build.gradle or build.gradle.kts, or a project(':x') { } block of
/// a parent script). Its lockfiles (gradle.lockfile, buildscript-gradle.lockfile, legacy
/// gradle/dependency-locks/*.lockfile) give the resolved modules; without them the declarations give the
/// direct dependencies with the versions they pin. Settings, gradle.properties and the version catalogs
/// are read from the build's root (the nearest folder with settings.gradle(.kts)).
/// </summary>
public sealed partial class GradleExtractor : IEcosystemExtractor
{
    private const string LegacyLocks = "gradle/dependency-locks";

    public string Id => "gradle";

    public Ecosystem Ecosystem => Ecosystem.Maven;

    public int Version => 2;

    public IReadOnlyList<string> FilePatterns { get; } = ["build.gradle", "build.gradle.kts", "gradle.lockfile", "*.lockfile"];

    public ExtractionResult Extract(IRepositoryFiles repository, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        var result = new ExtractionResult();
        var builds = new Dictionary<string, GradleBuild>(StringComparer.Ordinal);
        var wanted = new List<(GradleBuild Build, GradleProject Project)>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ProjectFolder(file) is not { } folder)
            {
                continue;
            }

            var root = GradleBuild.RootOf(repository, folder);
            if (!builds.TryGetValue(root, out var build))
            {
                build = GradleBuild.Load(repository, result, root);
                builds[root] = build;
            }

            var project = build.ProjectAt(folder);
            if (file.EndsWith(".lockfile", StringComparison.Ordinal) && !project.Lockfiles.Contains(file))
            {
                project.Lockfiles.Add(file);
            }

            if (!wanted.Contains((build, project)))
            {
                wanted.Add((build, project));
            }
        }

        AddConfiguredProjects(wanted);
        var evaluated = new Dictionary<GradleProject, GradleEvaluatedProject>();
        foreach (var (build, project) in wanted.OrderBy(w => w.Project.BuildFile ?? w.Project.ConfiguredIn ?? w.Project.Folder, StringComparer.Ordinal).ThenBy(w => w.Project.Path, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var manifest = project.BuildFile ?? project.ConfiguredIn ?? project.Lockfiles[0];
            SafeParse.TryRun(manifest, result, () =>
            {
                GradleEvaluatedProject? Lookup(string path) =>
                    build.FindProject(path) is { } p ? Evaluated(build, p, evaluated) : null;
                if (Graph(repository, result, Evaluated(build, project, evaluated), Lookup) is { } graph)
                {
                    result.Graphs.Add(graph);
                }
            });
        }

        return result;
    }

    /// <summary>The project folder a matching file belongs to; null for a *.lockfile that is not Gradle's.</summary>
    private static string? ProjectFolder(string file)
    {
        var name = RepositoryPath.FileName(file);
        var folder = RepositoryPath.Directory(file);
        if (name is "build.gradle" or "build.gradle.kts" or "gradle.lockfile" or "buildscript-gradle.lockfile")
        {
            return folder;
        }

        if (name.EndsWith(".lockfile", StringComparison.Ordinal) && (folder == LegacyLocks || folder.EndsWith("/" + LegacyLocks, StringComparison.Ordinal)))
        {
            return folder.Length == LegacyLocks.Length ? string.Empty : folder[..^(LegacyLocks.Length + 1)];
        }

        return null;
    }

    /// <summary>Projects with no build file of their own that a parent script configures with project(':x') { }.</summary>
    private static void AddConfiguredProjects(List<(GradleBuild Build, GradleProject Project)> wanted)
    {
        foreach (var (build, project) in wanted.ToList())
        {
            if (project.BuildFile is null || build.Script(project.BuildFile) is not { } script)
            {
                continue;
            }

            foreach (var path in script.ConfiguredProjects)
            {
                var configured = build.Project(path);
                if (configured.BuildFile is null && configured.Lockfiles.Count == 0 && configured.ConfiguredIn is null)
                {
                    configured.ConfiguredIn = project.BuildFile;
                    wanted.Add((build, configured));
                }
            }
        }
    }

    private static GradleEvaluatedProject Evaluated(GradleBuild build, GradleProject project, Dictionary<GradleProject, GradleEvaluatedProject> cache)
    {
        if (!cache.TryGetValue(project, out var evaluated))
        {
            evaluated = build.Evaluate(project);
            cache[project] = evaluated;
        }

        return evaluated;
    }
}
