namespace Sightline.Remediation.Patching.Gradle;

/// <summary>Gradle dependency locking: `dependencies --write-locks`, through the wrapper when the repository has one.</summary>
internal static class GradleLocks
{
    public static IReadOnlyList<string>? Command(string path, IReadOnlyCollection<string> repositoryFiles)
    {
        ArgumentNullException.ThrowIfNull(repositoryFiles);
        var folder = PatchPaths.Folder(path);
        var locked = repositoryFiles.Any(file =>
            PatchPaths.FileName(file) == "gradle.lockfile" || file.Contains("gradle/dependency-locks/", StringComparison.Ordinal));
        if (!locked)
        {
            return null;
        }

        // The wrapper nearest above the script; gradlew finds the build from any folder inside it.
        foreach (var ancestor in PatchPaths.FolderAndAncestors(path))
        {
            if (repositoryFiles.Contains(PatchPaths.Join(ancestor, "gradlew")))
            {
                var depth = Depth(folder) - Depth(ancestor);
                var wrapper = depth == 0 ? "./gradlew" : string.Concat(Enumerable.Repeat("../", depth)) + "gradlew";
                return [wrapper, "dependencies", "--write-locks"];
            }
        }

        return ["gradle", "dependencies", "--write-locks"];
    }

    private static int Depth(string folder) => folder.Length == 0 ? 0 : folder.Split('/').Length;
}
