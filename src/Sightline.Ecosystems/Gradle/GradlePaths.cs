using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Gradle;

internal static class GradlePaths
{
    /// <summary>
    /// A path as a build script writes it, made repository-relative: paths starting with '/' are already
    /// repository-relative (that is how $rootDir and $projectDir expand here), others are relative to
    /// <paramref name="folder"/>. Null when it leaves the repository or is a URL.
    /// </summary>
    public static string? CombineRoot(string folder, string path)
    {
        if (path.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        return path.StartsWith('/') ? RepositoryPath.Combine(string.Empty, path) : RepositoryPath.Combine(folder, path);
    }
}
