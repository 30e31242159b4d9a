namespace Sightline.Ecosystems.Gradle;

/// <summary>One project of a Gradle build: where it is, its build file and lockfiles, its name.</summary>
internal sealed class GradleProject
{
    public GradleProject(string path, string folder)
    {
        Path = path;
        Folder = folder;
    }

    /// <summary>":" for the root project, ":a:b" for a subproject.</summary>
    public string Path { get; }

    /// <summary>Repository-relative folder.</summary>
    public string Folder { get; }

    public string? BuildFile { get; set; }

    /// <summary>gradle.lockfile, buildscript-gradle.lockfile and legacy gradle/dependency-locks/*.lockfile files.</summary>
    public List<string> Lockfiles { get; } = [];

    /// <summary>The artifact name: rootProject.name, a settings rename, or the path's last segment.</summary>
    public string? Name { get; set; }

    /// <summary>A project with no build file of its own, configured by a project(':x') { } block in this script.</summary>
    public string? ConfiguredIn { get; set; }

    public bool IsRoot => Path == ":";

    /// <summary>True when <paramref name="other"/> is this project's parent, grandparent, ...</summary>
    public bool IsDescendantOf(GradleProject other) =>
        other.Path != Path && (other.IsRoot || Path.StartsWith(other.Path + ":", StringComparison.Ordinal));
}
