namespace Sightline.Ecosystems.Maven.Sources;

/// <summary>
/// A folder laid out like ~/.m2/repository: group/path/artifact/version/artifact-version.pom. Only
/// coordinates that are safe as path parts are looked up, so a POM cannot steer reads outside the folder.
/// </summary>
internal sealed class LocalRepositorySource : IPomSource
{
    private const long MaxPomBytes = 16L * 1024 * 1024;
    private readonly string _root;

    public LocalRepositorySource(string root) => _root = Path.GetFullPath(root);

    public string Description => "the local Maven repository";

    public PomFile? TryFind(MavenCoordinate coordinate, CancellationToken cancellationToken)
    {
        if (!coordinate.IsSafeForPath)
        {
            return null;
        }

        var path = Path.Combine(_root, coordinate.RepositoryPath);
        var info = new FileInfo(path);
        if (!info.Exists || info.Length > MaxPomBytes)
        {
            return null;
        }

        return new PomFile
        {
            Key = "local:" + path,
            Display = path,
            Origin = PomOrigin.LocalRepository,
            Open = () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read),
        };
    }

    /// <summary>The version folders that hold the artifact's POM.</summary>
    public IEnumerable<string> Versions(string groupId, string artifactId, CancellationToken cancellationToken)
    {
        if (!MavenCoordinate.IsSafePart(groupId, allowDots: true) || !MavenCoordinate.IsSafePart(artifactId, allowDots: true))
        {
            return [];
        }

        var folder = new DirectoryInfo(Path.Combine(_root, MavenCoordinate.ArtifactFolder(groupId, artifactId)));
        if (!folder.Exists)
        {
            return [];
        }

        try
        {
            return [.. folder.EnumerateDirectories()
                .Where(d => File.Exists(Path.Combine(d.FullName, $"{artifactId}-{d.Name}.pom")))
                .Select(d => d.Name)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
