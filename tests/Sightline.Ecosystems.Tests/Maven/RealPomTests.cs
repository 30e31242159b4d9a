using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven;
using Sightline.Tests;
using Xunit;

namespace Sightline.Ecosystems.Tests.Maven;

/// <summary>
/// The real pom.xml files under ../shared/data/lockfiles/maven, offline: public parents and BOMs are not
/// available, so they come out unresolved with their coordinates while everything declared in the
/// repositories resolves. Expected values: testdata/maven/README.md (python3 + xml.etree).
/// </summary>
public class RealPomTests
{
    private static readonly string Root = Path.Combine(TestPaths.Lockfiles, "maven");

    private static ExtractionResult Project(string name) => MavenTestData.Extract(Path.Combine(Root, name), MavenTestData.NoRepositories);

    [Fact]
    public void EveryRealPom_ExtractsWithoutErrors_AndPublishesItsCoordinates()
    {
        var manifest = File.ReadLines(Path.Combine(TestPaths.Lockfiles, "MANIFEST.tsv")).Count(l => l.StartsWith("maven\t", StringComparison.Ordinal));
        var poms = 0;
        foreach (var folder in Directory.GetDirectories(Root))
        {
            var repository = new FileSystemRepository(folder);
            var result = MavenTestData.Extract(new MavenExtractor(MavenTestData.NoRepositories), repository);

            Assert.Empty(result.Errors);
            Assert.Equal(repository.Files.Count(f => RepositoryPath.FileName(f) == "pom.xml"), result.Graphs.Count);
            Assert.All(result.Graphs, g => Assert.NotNull(Assert.Single(g.Publishes).Name));
            Assert.True(result.BytesRead >= result.Graphs.Sum(g => new FileInfo(Path.Combine(folder, g.ManifestPath)).Length));
            poms += result.Graphs.Count;
        }

        Assert.Equal(39, poms);
        Assert.Equal(manifest, poms);
    }

    [Fact]
    public void SpringPetclinic_ResolvesPropertyVersions_AndReportsTheBootParentAndWhatItManages()
    {
        var graph = Project("spring-projects__spring-petclinic").Graph("pom.xml");

        Assert.Equal(("org.springframework.samples:spring-petclinic", "4.0.0-SNAPSHOT"), (graph.Root.Name, graph.Root.Version));
        Assert.Equal(["org.webjars:webjars-locator-lite@1.1.3", "org.webjars.npm:bootstrap@5.3.8", "org.webjars.npm:font-awesome@4.7.0"], graph.Nodes.Skip(1).Select(n => n.ToString()));
        Assert.All(graph.Nodes.Skip(1), n => Assert.True(n.Direct && n.Scope == DependencyScope.Runtime));
        Assert.Equal("5.3.8", Assert.Single(graph.Edges, e => e.To == graph.Node("org.webjars.npm:bootstrap").Id).Requirement);

        var parent = Assert.Single(graph.Unresolved, u => u.Name == "org.springframework.boot:spring-boot-starter-parent");
        Assert.Equal("4.0.3", parent.Requirement);
        Assert.Equal("parent POM org.springframework.boot:spring-boot-starter-parent:4.0.3 not found in the repository: the versions and properties it defines are unknown", parent.Reason);

        // 24 declared: 3 pinned by properties, 21 managed by the missing parent.
        var versionless = graph.Unresolved.Where(u => u.Requirement is null && u.Reason.StartsWith("no version", StringComparison.Ordinal)).ToList();
        Assert.Equal(21, versionless.Count);
        Assert.Equal(DependencyScope.Test, versionless.Single(u => u.Name == "org.testcontainers:testcontainers-mysql").Scope);
        Assert.Equal(DependencyScope.Runtime, versionless.Single(u => u.Name == "com.h2database:h2").Scope);
        Assert.Equal(DependencyScope.Optional, versionless.Single(u => u.Name == "org.springframework.boot:spring-boot-devtools").Scope);
        Assert.Contains("org.springframework.boot:spring-boot-starter-parent:4.0.3", versionless[0].Reason, StringComparison.Ordinal);
        Assert.Equal(3, graph.Unresolved.Count(u => u.Reason.StartsWith("POM not found", StringComparison.Ordinal)));
        Assert.Equal(25, graph.Unresolved.Count);
    }

    [Fact]
    public void JavaGoof_WebStruts_ResolvesSiblingModulesAndInheritedDependencies()
    {
        var result = Project("snyk-labs__java-goof");
        var graph = result.Graph("todolist-goof/todolist-web-struts/pom.xml");

        Assert.Equal(28, graph.Nodes.Count - 1);
        Assert.Equal(11, graph.Nodes.Count(n => n.Direct));
        var common = graph.Node("io.github.snyk:todolist-web-common");
        Assert.Equal(("0.0.1-SNAPSHOT", PackageSource.Local, "todolist-goof/todolist-web-common/pom.xml"), (common.Version, common.Source, common.Resolved));
        Assert.Equal(PackageSource.Local, graph.Node("io.github.snyk:todolist-core").Source);
        // ${spring.version} and ${struts2.version} come from the in-repository parent todolist-mvc.
        Assert.Equal("3.2.6.RELEASE", graph.Node("org.springframework:spring-web").Version);
        Assert.Equal("2.3.20", graph.Node("org.apache.struts:struts2-core").Version);
        Assert.Equal("4.3.7.Final", graph.Node("org.hibernate:hibernate-core").Version);
        // Inherited from the parent: jaxb-api is direct.
        Assert.True(graph.Node("javax.xml.bind:jaxb-api").Direct);
        // web-common's commons-collections 3.1 (depth 2) wins over todolist-core's 3.2.2 (depth 3).
        Assert.Equal("3.1", graph.Node("commons-collections:commons-collections").Version);
        // javaee-web-api: direct and provided; web-common's compile one is excluded.
        var javaee = graph.Node("javax:javaee-web-api");
        Assert.Equal((DependencyScope.Provided, true), (javaee.Scope, javaee.Direct));
        Assert.Single(graph.Edges, e => e.To == javaee.Id);
        Assert.Equal(
            ["io.github.snyk:todolist-web-common@0.0.1-SNAPSHOT", "io.github.snyk:todolist-core@0.0.1-SNAPSHOT", "org.hibernate:hibernate-core@4.3.7.Final"],
            graph.ShortestPath("org.hibernate:hibernate-core"));
        Assert.Contains(graph.Unresolved, u => u.Name == "org.apache.logging.log4j:log4j-core:2.7");
    }

    [Fact]
    public void JavaGoof_TodolistCore_KeepsTestScopes_AndTheAggregatorsPublish()
    {
        var result = Project("snyk-labs__java-goof");

        var core = result.Graph("todolist-goof/todolist-core/pom.xml");
        Assert.Equal(16, core.Nodes.Count - 1);
        Assert.Equal(DependencyScope.Test, core.Node("junit:junit").Scope);
        Assert.Equal(DependencyScope.Test, core.Node("org.springframework:spring-test").Scope);
        Assert.Equal("3.2.2", core.Node("commons-collections:commons-collections").Version);
        var aggregator = result.Graph("pom.xml");
        Assert.Single(aggregator.Nodes);
        Assert.Equal([new PublishedPackage("io.github.snyk:java-goof", "0.0.1-SNAPSHOT")], aggregator.Publishes);
    }

    [Fact]
    public void WebGoat_NamesItsUnavailableParent()
    {
        var graph = Project("WebGoat__WebGoat").Graph("pom.xml");

        var parent = Assert.Single(graph.Unresolved, u => u.Name == "org.springframework.boot:spring-boot-starter-parent");
        Assert.Equal("4.1.0", parent.Requirement);
        Assert.Equal(("org.owasp.webgoat:webgoat", "2026.2-SNAPSHOT"), (graph.Root.Name, graph.Root.Version));
    }
}
