using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Tests;
using Xunit;
using static Sightline.Ecosystems.Tests.Gradle.GradleTestSupport;

namespace Sightline.Ecosystems.Tests.Gradle;

/// <summary>The real builds under ../shared/data/lockfiles/gradle; expected values in testdata/gradle/README.md.</summary>
public class GradleRealDataTests
{
    private static string Project(string name) => Path.Combine(TestPaths.Lockfiles, "gradle", name);

    public static TheoryData<string> RealProjects()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(TestPaths.Lockfiles, "gradle")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealProjects))]
    public void EveryRealBuild_ExtractsWithoutErrors_OneGraphPerBuildFile(string name)
    {
        var repository = new FileSystemRepository(Project(name));

        var result = Extract(repository);

        Assert.Empty(result.Errors);
        var buildFiles = repository.Files.Where(f => f.EndsWith("build.gradle", StringComparison.Ordinal) || f.EndsWith("build.gradle.kts", StringComparison.Ordinal)).ToList();
        Assert.All(buildFiles, b => Assert.Contains(result.Graphs, g => g.ManifestPath == b));
        Assert.All(result.Graphs.Where(g => g.LockfilePath is not null), g => Assert.True(g.Nodes.Count > 1, g.LockfilePath));
        Assert.Contains(result.Graphs, g => g.Nodes.Count > 1 || g.Unresolved.Count > 0);
        Assert.True(result.BytesRead > 0);
    }

    [Fact]
    public void SpringPetclinic_BuildGradle_PinnedDeclarationsAreNodes_BomManagedOnesUnresolved()
    {
        var result = Extract(new FileSystemRepository(Project("spring-projects__spring-petclinic")));

        var graph = Graph(result, "build.gradle");
        Assert.Equal("build.gradle", graph.Kind);
        Assert.Null(graph.LockfilePath);
        Assert.Equal("org.springframework.samples:spring-petclinic", graph.Root.Name);
        Assert.Equal("4.0.0-SNAPSHOT", graph.Root.Version);
        Assert.Equal(new PublishedPackage("org.springframework.samples:spring-petclinic", "4.0.0-SNAPSHOT"), Assert.Single(graph.Publishes));
        Assert.Equal(
            ["org.webjars:webjars-locator-lite@1.1.3", "org.webjars.npm:bootstrap@5.3.8", "org.webjars.npm:font-awesome@4.7.0",
             "io.spring.javaformat:spring-javaformat-checkstyle@0.0.47", "com.puppycrawl.tools:checkstyle@12.3.1"],
            graph.Nodes.Skip(1).Select(n => n.ToString()));
        var nodes = ByName(graph);
        Assert.Equal(DependencyScope.Runtime, nodes["org.webjars.npm:bootstrap"].Scope);
        Assert.Equal(DependencyScope.Dev, nodes["com.puppycrawl.tools:checkstyle"].Scope);
        Assert.All(nodes.Values, n => Assert.True(n.Direct));
        Assert.Equal(["org.webjars.npm:bootstrap"], PathTo(graph, "org.webjars.npm:bootstrap"));
        Assert.Contains(graph.Edges, e => e.From == 0 && e.To == nodes["org.webjars.npm:bootstrap"].Id && e.Requirement == "5.3.8");

        // 20 versionless declarations (the Spring Boot BOM supplies them) and the transitive graph.
        var versionless = graph.Unresolved.Where(u => u.Name != "*").ToList();
        Assert.Equal(20, versionless.Count);
        Assert.All(versionless, u => Assert.Contains("io.spring.dependency-management", u.Reason, StringComparison.Ordinal));
        Assert.Equal(7, versionless.Count(u => u.Scope == DependencyScope.Test));
        Assert.Equal(DependencyScope.Dev, versionless.Single(u => u.Name == "org.springframework.boot:spring-boot-devtools").Scope);
        Assert.Contains(graph.Unresolved, u => u.Name == "*" && u.Reason.Contains("without gradle.lockfile", StringComparison.Ordinal));
    }

    [Fact]
    public void NowInAndroid_CoreNetwork_CatalogReferencesResolveThroughLibsVersionsToml()
    {
        var result = Extract(new FileSystemRepository(Project("android__nowinandroid")));

        var graph = Graph(result, "core/network/build.gradle.kts");
        Assert.Equal("build.gradle.kts", graph.Kind);
        Assert.Equal("network", graph.Root.Name);
        var expected = new Dictionary<string, (string Version, DependencyScope Scope)>
        {
            ["org.jetbrains.kotlinx:kotlinx-datetime"] = ("0.6.1", DependencyScope.Runtime),
            ["io.coil-kt:coil"] = ("2.7.0", DependencyScope.Runtime),
            ["io.coil-kt:coil-svg"] = ("2.7.0", DependencyScope.Runtime),
            ["org.jetbrains.kotlinx:kotlinx-serialization-json"] = ("1.8.0", DependencyScope.Runtime),
            ["com.squareup.okhttp3:logging-interceptor"] = ("4.12.0", DependencyScope.Runtime),
            ["com.squareup.retrofit2:retrofit"] = ("2.11.0", DependencyScope.Runtime),
            ["com.squareup.retrofit2:converter-kotlinx-serialization"] = ("2.11.0", DependencyScope.Runtime),
            ["org.jetbrains.kotlinx:kotlinx-coroutines-test"] = ("1.10.1", DependencyScope.Test),
        };
        var nodes = ByName(graph);
        Assert.Equal(10, nodes.Count);
        foreach (var (name, (version, scope)) in expected)
        {
            Assert.Equal(version, nodes[name].Version);
            Assert.Equal(scope, nodes[name].Scope);
            Assert.Equal(PackageSource.Registry, nodes[name].Source);
            Assert.True(nodes[name].Direct);
        }

        // projects.core.common / projects.core.model: Local nodes for the build's own projects.
        Assert.Equal(PackageSource.Local, nodes[":core:common"].Source);
        Assert.Equal("core/common", nodes[":core:common"].Resolved);
        Assert.Equal("core/model", nodes[":core:model"].Resolved);
        Assert.Equal(["com.squareup.retrofit2:retrofit"], PathTo(graph, "com.squareup.retrofit2:retrofit"));
        Assert.Equal("*", Assert.Single(graph.Unresolved).Name);
    }

    [Fact]
    public void NowInAndroid_App_RenamedTypesafeAccessorsAndVariantConfigurations()
    {
        var result = Extract(new FileSystemRepository(Project("android__nowinandroid")));

        var nodes = ByName(Graph(result, "app/build.gradle.kts"));

        // projects.core.dataTest is :core:data-test; debugImplementation is shipped, kspTest/ksp are tooling.
        Assert.Equal(DependencyScope.Test, nodes[":core:data-test"].Scope);
        Assert.Equal(DependencyScope.Runtime, nodes[":ui-test-hilt-manifest"].Scope);
        Assert.Equal(DependencyScope.Dev, nodes["com.google.dagger:hilt-compiler"].Scope);
        Assert.Equal("2.59", nodes["com.google.dagger:hilt-compiler"].Version);
        Assert.Contains(":feature:interests:api", nodes.Keys);
        Assert.Contains(":feature:search:api", nodes.Keys);
    }

    [Fact]
    public void Kafka_ProjectBlocksOfTheRootScript_AreProjectsOfTheirOwn()
    {
        // 60 = `grep -c "^project(" build.gradle`; plus the root project.
        var result = Extract(new FileSystemRepository(Project("apache__kafka")));

        Assert.Equal(61, result.Graphs.Count);
        var clients = result.Graphs.Single(g => g.Root.Name == "clients");
        var nodes = ByName(clients);

        // libs.* and versions.* come from the Groovy maps in gradle/dependencies.gradle (apply from: "$rootDir/...").
        Assert.Equal("1.8.0", nodes["org.lz4:lz4-java"].Version);
        Assert.Equal("2.16.2", nodes["com.fasterxml.jackson.core:jackson-databind"].Version);
        Assert.Equal(DependencyScope.Provided, nodes["com.fasterxml.jackson.core:jackson-databind"].Scope);
        Assert.Equal(PackageSource.Local, nodes[":generator"].Source);
        var root = result.Graphs.Single(g => g.Root.Name == "kafka");
        Assert.Equal("4.1.1", ByName(root)["org.ajoberstar.grgit:grgit-core"].Version);
    }
}
