using System.Text.RegularExpressions;

namespace Sightline.Ecosystems.Gradle;

/// <summary>
/// The modules a build.gradle(.kts) declares in string notation ('group:artifact[:version]'): they are the
/// project's direct dependencies. Map notation, catalogs and platforms are left to the Gradle work of
/// issue 4; a module declared another way is simply not marked direct.
/// </summary>
internal static partial class GradleDeclarations
{
    public static IReadOnlySet<string> Read(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Declaration().Matches(reader.ReadToEnd()))
        {
            declared.Add(match.Groups["group"].Value + ":" + match.Groups["artifact"].Value);
        }

        return declared;
    }

    [GeneratedRegex("""\b(?:implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|testCompileOnly|annotationProcessor|classpath|kapt|ksp)\s*\(?\s*["'](?<group>[^"':\s]+):(?<artifact>[^"':\s]+)(?::[^"'\s]*)?["']""", RegexOptions.None, 1000)]
    private static partial Regex Declaration();
}
