using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Tests;
using Xunit;
using static Sightline.Ecosystems.Tests.Gradle.GradleTestSupport;

namespace Sightline.Ecosystems.Tests.Gradle;

/// <summary>The hand-written builds under testdata/gradle.</summary>
public class GradleScenarioTests
{
    private static FileSystemRepository Scenario(string name) => new(TestPaths.TestData("Sightline.Ecosystems.Tests", "gradle", name));

    [Fact]
    public void KotlinDsl_CatalogVersionRefsRichVersionsAndBundles()
    {
        var result = Extract(Scenario("catalog-multiproject"));

        Assert.Empty(result.Errors);
        var graph = Graph(result, "app/build.gradle.kts");
        Assert.Equal("build.gradle.kts", graph.Kind);
        var nodes = ByName(graph);
        Assert.Equal("2.17.1", nodes["com.fasterxml.jackson.core:jackson-databind"].Version);
        Assert.Equal("4.12.0", nodes["com.squareup.okhttp3:okhttp"].Version);
        Assert.Equal("2.0.13", nodes["org.slf4j:slf4j-api"].Version);
        Assert.Contains(graph.Edges, e => e.To == nodes["org.slf4j:slf4j-api"].Id && e.Requirement == "strictly [2.0,3.0[; prefer 2.0.13");
        Assert.Contains(graph.Edges, e => e.To == nodes["com.squareup.okhttp3:okhttp"].Id && e.Requirement == "strictly 4.12.0");

        // libs.bundles.junit: both members, test scope.
        Assert.Equal(DependencyScope.Test, nodes["org.junit.jupiter:junit-jupiter-api"].Scope);
        Assert.Equal("5.10.2", nodes["org.junit.jupiter:junit-jupiter-engine"].Version);

        // val retrofitVersion = "..." and Kotlin named arguments.
        Assert.Equal("2.11.0", nodes["com.squareup.retrofit2:retrofit"].Version);
        Assert.Equal("1.13.0", nodes["io.micrometer:micrometer-core"].Version);
        Assert.Equal(DependencyScope.Runtime, nodes["org.postgresql:postgresql"].Scope);

        // A dynamic version is not a node: it is reported with its requirement.
        var mockito = Assert.Single(graph.Unresolved, u => u.Name == "org.mockito:mockito-core");
        Assert.Equal("5.+", mockito.Requirement);
        Assert.Equal(DependencyScope.Test, mockito.Scope);
    }

    [Fact]
    public void PlatformBom_IsMarked_AndVersionlessDeclarationsNameIt()
    {
        var graph = Graph(Extract(Scenario("catalog-multiproject")), "app/build.gradle.kts");

        var bom = ByName(graph)["com.fasterxml.jackson:jackson-bom"];
        Assert.Equal("2.17.1", bom.Version);
        Assert.Equal("implementation (platform)", bom.Location);
        var jsr310 = Assert.Single(graph.Unresolved, u => u.Name == "com.fasterxml.jackson.datatype:jackson-datatype-jsr310");
        Assert.Equal("version from platform BOM com.fasterxml.jackson:jackson-bom:2.17.1", jsr310.Reason);
        Assert.Contains(graph.Unresolved, u => u.Name == "*");
    }

    [Fact]
    public void MultiProject_ProjectDependenciesAreLocalNodes_AndEachProjectPublishes()
    {
        var result = Extract(Scenario("catalog-multiproject"));

        // No root build file: two projects, two graphs.
        Assert.Equal(["app/build.gradle.kts", "core/build.gradle"], result.Graphs.Select(g => g.ManifestPath));
        var app = Graph(result, "app/build.gradle.kts");
        Assert.Equal("com.example.shop:app", app.Root.Name);
        Assert.Equal(new PublishedPackage("com.example.shop:app", "2.4.0"), Assert.Single(app.Publishes));

        // projects.shopCore and project(":core") name the same project (renamed in settings): one node.
        var core = Assert.Single(app.Nodes, n => n.Source == PackageSource.Local && n.Id != 0);
        Assert.Equal("com.example.shop:shop-core", core.Name);
        Assert.Equal("2.4.0", core.Version);
        Assert.Equal("core", core.Resolved);
        Assert.True(core.Direct);
        Assert.Equal(new PublishedPackage("com.example.shop:shop-core", "2.4.0"), Assert.Single(Graph(result, "core/build.gradle").Publishes));
    }

    [Fact]
    public void GroovyMapNotation_ExtProperties_AndCompileOnlyPlusAnnotationProcessor()
    {
        var graph = Graph(Extract(Scenario("catalog-multiproject")), "core/build.gradle");

        var nodes = ByName(graph);
        Assert.Equal(6, nodes.Count);
        Assert.Equal("33.0.0-jre", nodes["com.google.guava:guava"].Version);
        Assert.Equal("1.5.6", nodes["ch.qos.logback:logback-classic"].Version);
        Assert.Equal("3.14.0", nodes["org.apache.commons:commons-lang3"].Version);
        var lombok = nodes["org.projectlombok:lombok"];
        Assert.Equal("1.18.32", lombok.Version);
        Assert.Equal(DependencyScope.Provided, lombok.Scope);
        Assert.Equal("compileOnly, annotationProcessor", lombok.Location);

        // fileTree(...) is not a package and not reported.
        Assert.Equal("*", Assert.Single(graph.Unresolved).Name);
    }

    [Fact]
    public void LockedBuild_MergesTheBuildscriptLockfile_DeclarationsMarkDirect()
    {
        var result = Extract(Scenario("locked"));

        Assert.Empty(result.Errors);
        var graph = Assert.Single(result.Graphs);
        Assert.Equal("build.gradle", graph.ManifestPath);
        Assert.Equal("gradle.lockfile", graph.LockfilePath);
        Assert.Equal("gradle.lockfile", graph.Kind);
        Assert.Equal(7, graph.Nodes.Count - 1);
        var nodes = ByName(graph);

        // Versionless log4j-core is resolved by the lockfile and direct; log4j-api only arrives through it.
        Assert.Equal("2.14.1", nodes["org.apache.logging.log4j:log4j-core"].Version);
        Assert.True(nodes["org.apache.logging.log4j:log4j-core"].Direct);
        Assert.True(nodes["org.apache.logging.log4j:log4j-bom"].Direct);
        Assert.True(nodes["com.google.code.gson:gson"].Direct);
        Assert.False(nodes["org.apache.logging.log4j:log4j-api"].Direct);
        Assert.False(nodes["org.hamcrest:hamcrest-core"].Direct);

        // In both lockfiles: one node, the project's scope wins.
        Assert.Equal(DependencyScope.Runtime, nodes["org.apache.logging.log4j:log4j-api"].Scope);
        Assert.Contains("buildscript:classpath", nodes["org.apache.logging.log4j:log4j-api"].Location, StringComparison.Ordinal);
        Assert.Equal(DependencyScope.Dev, nodes["com.example.build:versioning-plugin"].Scope);
        Assert.Equal(DependencyScope.Test, nodes["junit:junit"].Scope);
        Assert.Equal(new PublishedPackage("com.example:inventory-service", "1.0.0"), Assert.Single(graph.Publishes));
        Assert.Equal("*", Assert.Single(graph.Unresolved).Name);
    }

    [Fact]
    public void MalformedCatalog_ErrorNamesFileAndLine_TheBuildIsStillExtracted()
    {
        var result = Extract(Scenario("bad-catalog"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("gradle/libs.versions.toml", error.File);
        Assert.Equal(6, error.Line);
        Assert.StartsWith("invalid TOML", error.Message, StringComparison.Ordinal);

        var graph = Assert.Single(result.Graphs);
        Assert.Equal("2.0.13", ByName(graph)["org.slf4j:slf4j-api"].Version);
        var fromCatalog = Assert.Single(graph.Unresolved, u => u.Name == "libs.jackson.databind");
        Assert.Contains("gradle/libs.versions.toml could not be read", fromCatalog.Reason, StringComparison.Ordinal);
    }
}
