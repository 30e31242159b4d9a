using Sightline.Core.Extraction;
using Sightline.Core.Model;

namespace Sightline.Ecosystems.Gradle;

/// <summary>
/// gradle.lockfile (Gradle 6.8+ dependency locking): one "group:artifact:version=conf1,conf2" line per
/// resolved module. The format lists every module of every locked configuration but no edges, so each
/// module hangs off the project and the graph says that paths through libraries are unknown.
/// </summary>
internal static class GradleLockfileParser
{
    public static DependencyGraph Parse(Stream stream, string manifestPath, string lockfilePath, IReadOnlySet<string> declared, bool buildscript)
    {
        var graph = new DependencyGraph(Ecosystem.Maven, manifestPath, buildscript ? "buildscript-gradle.lockfile" : "gradle.lockfile")
        {
            LockfilePath = lockfilePath,
        };
        using var reader = new StreamReader(stream);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#') || text.StartsWith("empty=", StringComparison.Ordinal))
            {
                continue;
            }

            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var coordinates = (equals < 0 ? text : text[..equals]).Split(':');
            if (coordinates.Length != 3 || coordinates.Any(string.IsNullOrWhiteSpace))
            {
                throw new ManifestFormatException($"expected group:artifact:version=configurations, found '{Shorten(text)}'", number, 1);
            }

            var name = coordinates[0] + ":" + coordinates[1];
            var configurations = equals < 0 ? [] : text[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var scope = buildscript ? DependencyScope.Dev : ScopeOf(configurations);
            var node = graph.AddNode(name, coordinates[2], scope);
            node.Direct = declared.Contains(name);
            node.Location = string.Join(',', configurations);
            graph.AddEdge(0, node.Id, scope);
        }

        graph.AddUnresolved(new UnresolvedDependency("*", null,
            "gradle.lockfile records no dependency edges: every module is listed under the project, paths through libraries are unknown"));
        return graph;
    }

    /// <summary>
    /// Runtime if a shipped runtime classpath holds it; provided if only a main compile classpath does
    /// (compileOnly: Lombok, servlet APIs); test if only test configurations; else build tooling (dev).
    /// </summary>
    private static DependencyScope ScopeOf(IReadOnlyCollection<string> configurations)
    {
        static bool IsTest(string c) => c.StartsWith("test", StringComparison.OrdinalIgnoreCase);
        if (configurations.Any(c => !IsTest(c) && c.EndsWith("RuntimeClasspath", StringComparison.OrdinalIgnoreCase)))
        {
            return DependencyScope.Runtime;
        }

        if (configurations.Any(c => !IsTest(c) && c.EndsWith("CompileClasspath", StringComparison.OrdinalIgnoreCase)))
        {
            return DependencyScope.Provided;
        }

        return configurations.Any(IsTest) ? DependencyScope.Test : DependencyScope.Dev;
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
