using Sightline.Core.Model;

namespace Sightline.Ecosystems.Gradle;

/// <summary>Scope of a declaration from its configuration name, and of a locked module from its classpaths.</summary>
internal static class GradleScopes
{
    /// <summary>
    /// implementation / api / runtimeOnly (and variant-prefixed debugImplementation) → Runtime; compileOnly
    /// → Provided; test configurations (test*, androidTest*, *Test*) or a test source set → Test; annotation
    /// processors, kapt, ksp, classpath, developmentOnly and tool configurations (checkstyle, errorprone) → Dev.
    /// </summary>
    public static DependencyScope OfConfiguration(string configuration, bool buildscript, bool testContext)
    {
        if (buildscript || configuration == "classpath")
        {
            return DependencyScope.Dev;
        }

        if (testContext || configuration.StartsWith("test", StringComparison.Ordinal) || configuration.Contains("Test", StringComparison.Ordinal))
        {
            return DependencyScope.Test;
        }

        if (configuration.StartsWith("kapt", StringComparison.Ordinal) || configuration.StartsWith("ksp", StringComparison.Ordinal)
            || configuration.EndsWith("nnotationProcessor", StringComparison.Ordinal) || configuration == "developmentOnly")
        {
            return DependencyScope.Dev;
        }

        if (configuration.EndsWith("ompileOnly", StringComparison.Ordinal) || configuration.EndsWith("ompileOnlyApi", StringComparison.Ordinal))
        {
            return DependencyScope.Provided;
        }

        return configuration is "implementation" or "api" or "runtimeOnly" or "compile" or "runtime"
            || configuration.EndsWith("Implementation", StringComparison.Ordinal) || configuration.EndsWith("Api", StringComparison.Ordinal)
            || configuration.EndsWith("RuntimeOnly", StringComparison.Ordinal)
            ? DependencyScope.Runtime
            : DependencyScope.Dev;
    }

    /// <summary>
    /// Runtime if a shipped runtime classpath holds it; provided if only a main compile classpath does
    /// (compileOnly: Lombok, servlet APIs); test if only test configurations; else build tooling (dev).
    /// </summary>
    public static DependencyScope OfLockedConfigurations(IReadOnlyCollection<string> configurations)
    {
        static bool IsTest(string c) => c.StartsWith("test", StringComparison.OrdinalIgnoreCase) || c.Contains("Test", StringComparison.Ordinal);
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
}
