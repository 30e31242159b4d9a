namespace Sightline.Analysis.Java.Session;

internal sealed partial class AnalysisSession
{
    /// <summary>Maven and Gradle conventions: src/test/ trees and *Test, *Tests, *IT classes.</summary>
    public static bool IsTest(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return path.StartsWith("src/test/", StringComparison.Ordinal) || path.Contains("/src/test/", StringComparison.Ordinal)
            || name.EndsWith("Test.java", StringComparison.Ordinal) || name.EndsWith("Tests.java", StringComparison.Ordinal)
            || name.EndsWith("IT.java", StringComparison.Ordinal);
    }

    private static bool IsBuildFile(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name is "pom.xml" or "build.gradle" or "build.gradle.kts";
    }

    private static string Folder(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";

    /// <summary>The folder of the nearest build file above the path; the repository root when there is none.</summary>
    private string Module(string path)
    {
        for (var folder = Folder(path); ; folder = Folder(folder))
        {
            if (_buildFolders.Contains(folder) || folder.Length == 0)
            {
                return folder;
            }
        }
    }

    /// <summary>Modules whose production code has no main method and no web entry point: libraries, whose public methods are their API.</summary>
    private HashSet<string> LibraryModules()
    {
        var applications = _parsed.Values
            .Where(f => !f.IsTest && f.Types.Any(t => t.Members.Any(m => Definitions.ApplicationEntry(t, m))))
            .Select(f => f.Module)
            .ToHashSet(StringComparer.Ordinal);
        return _parsed.Values.Select(f => f.Module).Where(m => !applications.Contains(m)).ToHashSet(StringComparer.Ordinal);
    }
}
