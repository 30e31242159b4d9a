using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven;
using Xunit;

namespace Sightline.Ecosystems.Tests.Maven;

/// <summary>Multi-module builds, CI-friendly versions and BOM imports.</summary>
public class BuildTests
{
    [Fact]
    public void RevisionBuild_TakesTheVersionFromMavenConfig_AndEveryModulePublishes()
    {
        var result = MavenTestData.Extract(MavenTestData.Folder("revision"), MavenTestData.WithLocalRepository);

        Assert.Empty(result.Errors);
        Assert.Equal(["app/pom.xml", "core/pom.xml", "pom.xml"], result.Graphs.Select(g => g.ManifestPath));
        Assert.Equal(
            ["com.acme:rev-app@2.5.0", "com.acme:rev-core@2.5.0", "com.acme:rev-root@2.5.0"],
            result.Graphs.SelectMany(g => g.Publishes).Select(p => $"{p.Name}@{p.Version}"));
        var aggregator = result.Graph("pom.xml");
        Assert.Single(aggregator.Nodes);
        Assert.Empty(aggregator.Unresolved);
    }

    [Fact]
    public void SiblingModule_IsALocalNode_WhoseDependenciesComeFromItsPom()
    {
        var graph = MavenTestData.Extract(MavenTestData.Folder("revision"), MavenTestData.WithLocalRepository).Graph("app/pom.xml");

        var core = graph.Node("com.acme:rev-core");
        Assert.Equal(("2.5.0", PackageSource.Local, "core/pom.xml", true), (core.Version, core.Source, core.Resolved, core.Direct));
        Assert.Equal(["com.acme:rev-core@2.5.0", "org.example:lib-a@1.0"], graph.ShortestPath("org.example:lib-a"));
        // The app's own lib-c 2.0 (depth 1) wins over lib-a's 1.0 (depth 3).
        Assert.Equal("2.0", graph.Node("org.example:lib-c").Version);
    }

    [Fact]
    public void BomImport_IsRecursive_OwnEntriesWinOverImportedOnes()
    {
        var result = MavenTestData.Extract(MavenTestData.Folder("bom-import"), MavenTestData.WithLocalRepository);

        var graph = result.Graph("app/pom.xml");
        Assert.Empty(result.Errors);
        // lib-c 2.0 from acme-bom (whose own entry beats the 9.0 of example-bom it imports); lib-i 2.1 declared by the app.
        Assert.Equal(["org.example:lib-c@2.0", "org.example:lib-i@2.1"], graph.Nodes.Skip(1).Select(n => n.ToString()));
        Assert.Equal(["com.acme:acme-bom@1.0"], result.Graph("bom/pom.xml").Publishes.Select(p => $"{p.Name}@{p.Version}"));
    }

    [Fact]
    public void BomImportedFromTheLocalRepository_ManagesVersions()
    {
        var repository = new InMemoryRepository().Add("pom.xml", """
            <project><groupId>g</groupId><artifactId>app</artifactId><version>1</version>
              <dependencyManagement><dependencies>
                <dependency><groupId>org.example</groupId><artifactId>example-bom</artifactId><version>1.0</version><type>pom</type><scope>import</scope></dependency>
              </dependencies></dependencyManagement>
              <dependencies><dependency><groupId>org.example</groupId><artifactId>lib-c</artifactId></dependency></dependencies>
            </project>
            """);

        var graph = MavenTestData.Extract(new MavenExtractor(MavenTestData.WithLocalRepository), repository).Graph("pom.xml");

        Assert.Equal("9.0", graph.Node("org.example:lib-c").Version);
    }

    [Fact]
    public void RelativePathParentWithOtherCoordinates_IsNotUsed_TheParentIsLookedUpByCoordinates()
    {
        var repository = new InMemoryRepository()
            .Add("pom.xml", "<project><groupId>g</groupId><artifactId>unrelated</artifactId><version>1</version><packaging>pom</packaging><properties><v>WRONG</v></properties></project>")
            .Add("parent/pom.xml", "<project><groupId>g</groupId><artifactId>real-parent</artifactId><version>7</version><packaging>pom</packaging><properties><v>2.0</v></properties></project>")
            .Add("app/pom.xml", """
                <project><parent><groupId>g</groupId><artifactId>real-parent</artifactId><version>7</version></parent>
                  <artifactId>app</artifactId>
                  <dependencies><dependency><groupId>org.example</groupId><artifactId>lib-c</artifactId><version>${v}</version></dependency></dependencies>
                </project>
                """);

        var result = MavenTestData.Extract(new MavenExtractor(MavenTestData.NoRepositories), repository);

        var graph = result.Graph("app/pom.xml");
        Assert.Equal("2.0", graph.Node("org.example:lib-c").Version);
        Assert.Equal([new PublishedPackage("g:app", "7")], graph.Publishes);
    }

    [Fact]
    public void ProjectProperties_InterpolateFromTheChildAndItsParent()
    {
        var repository = new InMemoryRepository()
            .Add("pom.xml", "<project><groupId>g</groupId><artifactId>parent</artifactId><version>3.0</version><packaging>pom</packaging><properties><lib>lib-${suffix}</lib><suffix>parent</suffix></properties></project>")
            .Add("child/pom.xml", """
                <project><parent><groupId>g</groupId><artifactId>parent</artifactId><version>3.0</version></parent>
                  <artifactId>child</artifactId><version>3.1</version>
                  <properties><suffix>child</suffix></properties>
                  <dependencies>
                    <dependency><groupId>${project.groupId}</groupId><artifactId>${lib}</artifactId><version>${project.version}</version></dependency>
                    <dependency><groupId>${pom.groupId}</groupId><artifactId>other</artifactId><version>${project.parent.version}</version></dependency>
                    <dependency><groupId>g</groupId><artifactId>env</artifactId><version>${env.LIB_VERSION}</version></dependency>
                  </dependencies>
                </project>
                """);

        var graph = MavenTestData.Extract(new MavenExtractor(MavenTestData.NoRepositories), repository).Graph("child/pom.xml");

        Assert.Equal(["g:lib-child@3.1", "g:other@3.0"], graph.Nodes.Skip(1).Select(n => n.ToString()));
        var env = Assert.Single(graph.Unresolved, u => u.Name == "g:env");
        Assert.Equal("version ${env.LIB_VERSION} not resolved: ${env.LIB_VERSION} is not defined", env.Reason);
    }
}
