namespace Sightline.Tests;

/// <summary>Locates the repository root, its testdata folders and ../shared/data from a test's bin folder.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The repository root (the folder holding Sightline.slnx).</summary>
    public static string RepositoryRoot => RootLazy.Value;

    /// <summary>../shared/data, relative to the repository root, as CI lays it out.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    public static string Lockfiles => Path.Combine(SharedData, "lockfiles");

    /// <summary>A test project's testdata folder: tests/&lt;project&gt;/testdata/&lt;parts&gt;.</summary>
    public static string TestData(string project, params string[] parts) =>
        Path.Combine([RepositoryRoot, "tests", project, "testdata", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sightline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find Sightline.slnx above " + AppContext.BaseDirectory);
    }
}
