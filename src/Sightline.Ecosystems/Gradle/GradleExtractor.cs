using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Gradle;

/// <summary>
/// Gradle dependency locking: gradle.lockfile and buildscript-gradle.lockfile, with the build.gradle(.kts)
/// beside them naming the direct dependencies. Builds without lockfiles are issue 4's work.
/// </summary>
public sealed class GradleExtractor : IEcosystemExtractor
{
    private static readonly string[] BuildFiles = ["build.gradle", "build.gradle.kts"];

    public string Id => "gradle";

    public Ecosystem Ecosystem => Ecosystem.Maven;

    public int Version => 1;

    public IReadOnlyList<string> FilePatterns { get; } = ["gradle.lockfile", "buildscript-gradle.lockfile"];

    public ExtractionResult Extract(IRepositoryFiles repository, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        var result = new ExtractionResult();
        foreach (var lockfile in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folder = RepositoryPath.Directory(lockfile);
            var build = BuildFiles.Select(b => RepositoryPath.Combine(folder, b)).FirstOrDefault(p => p is not null && repository.Exists(p));
            SafeParse.TryRun(lockfile, result, () =>
            {
                IReadOnlySet<string> declared = new HashSet<string>();
                if (build is not null)
                {
                    using var buildStream = repository.OpenRead(build);
                    declared = GradleDeclarations.Read(buildStream);
                }

                using var stream = repository.OpenRead(lockfile);
                var buildscript = RepositoryPath.FileName(lockfile).StartsWith("buildscript", StringComparison.Ordinal);
                result.Graphs.Add(GradleLockfileParser.Parse(stream, build ?? lockfile, lockfile, declared, buildscript));
                result.BytesRead += stream.CanSeek ? stream.Length : 0;
            });
        }

        return result;
    }
}
