using System.Text;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven;
using Xunit;

namespace Sightline.Ecosystems.Tests.Maven;

/// <summary>A generated 50-module build with a parent, a BOM module and ${revision}: every POM parsed once.</summary>
public class LargeBuildTests
{
    private const int Modules = 50;

    private static (InMemoryRepository Repository, long Bytes) Build()
    {
        var repository = new InMemoryRepository();
        long bytes = 0;
        void Add(string path, string content)
        {
            repository.Add(path, content);
            bytes += Encoding.UTF8.GetByteCount(content);
        }

        Add("pom.xml", $"""
            <project><groupId>com.big</groupId><artifactId>root</artifactId><version>${"{revision}"}</version><packaging>pom</packaging>
              <properties><revision>5.0.0</revision><guava.version>33.0.0-jre</guava.version></properties>
              <modules><module>bom</module>{string.Concat(Enumerable.Range(0, Modules).Select(i => $"<module>m{i}</module>"))}</modules>
              <dependencyManagement><dependencies>
                <dependency><groupId>com.big</groupId><artifactId>bom</artifactId><version>${"{project.version}"}</version><type>pom</type><scope>import</scope></dependency>
              </dependencies></dependencyManagement>
              <dependencies><dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version><scope>test</scope></dependency></dependencies>
            </project>
            """);
        Add("bom/pom.xml", """
            <project><groupId>com.big</groupId><artifactId>bom</artifactId><version>5.0.0</version><packaging>pom</packaging>
              <dependencyManagement><dependencies>
                <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId><version>33.0.0-jre</version></dependency>
              </dependencies></dependencyManagement>
            </project>
            """);
        for (var i = 0; i < Modules; i++)
        {
            var siblings = string.Concat(Enumerable.Range(Math.Max(0, i - 2), Math.Min(i, 2))
                .Select(j => $"<dependency><groupId>com.big</groupId><artifactId>m{j}</artifactId><version>${{project.version}}</version></dependency>"));
            Add($"m{i}/pom.xml", $"""
                <project><parent><groupId>com.big</groupId><artifactId>root</artifactId><version>${"{revision}"}</version></parent>
                  <artifactId>m{i}</artifactId>
                  <dependencies>{siblings}<dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId></dependency></dependencies>
                </project>
                """);
        }

        return (repository, bytes);
    }

    [Fact]
    public void FiftyModules_ResolveThroughParentBomAndSiblings_ReadingEachPomOnce()
    {
        var (repository, bytes) = Build();

        var result = MavenTestData.Extract(new MavenExtractor(MavenTestData.NoRepositories), repository);

        Assert.Empty(result.Errors);
        Assert.Equal(Modules + 2, result.Graphs.Count);
        Assert.Equal(bytes, result.BytesRead);
        var last = result.Graph($"m{Modules - 1}/pom.xml");
        // Every earlier module is reachable through the sibling chain; guava comes from the BOM the parent imports.
        Assert.Equal(Modules - 1, last.Nodes.Skip(1).Count(n => n.Name.StartsWith("com.big:m", StringComparison.Ordinal) && n.Source == PackageSource.Local));
        Assert.Equal("33.0.0-jre", last.Node("com.google.guava:guava").Version);
        Assert.Equal(DependencyScope.Test, last.Node("junit:junit").Scope);
        Assert.All(result.Graphs, g => Assert.Equal("5.0.0", Assert.Single(g.Publishes).Version));
        Assert.Equal(2, last.Unresolved.Count);
    }
}
