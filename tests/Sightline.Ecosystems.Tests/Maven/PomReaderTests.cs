using System.Text;
using System.Xml;
using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven;
using Sightline.Ecosystems.Maven.Pom;
using Xunit;

namespace Sightline.Ecosystems.Tests.Maven;

public class PomReaderTests
{
    private static PomDocument Read(string xml) => PomReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    [Fact]
    public void Read_TakesCoordinatesParentPropertiesManagementDependenciesAndModules()
    {
        var pom = Read("""
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <parent><groupId>com.acme</groupId><artifactId>parent</artifactId><version>2</version><relativePath/></parent>
              <artifactId>app</artifactId>
              <packaging>war</packaging>
              <properties><x.version> 1.2 </x.version></properties>
              <modules><module>core</module><module>web</module></modules>
              <dependencyManagement><dependencies>
                <dependency><groupId>g</groupId><artifactId>m</artifactId><version>3</version><type>pom</type><scope>import</scope></dependency>
              </dependencies></dependencyManagement>
              <dependencies>
                <dependency>
                  <groupId>g</groupId><artifactId>a</artifactId><version>${x.version}</version><classifier>tests</classifier>
                  <type>test-jar</type><scope>test</scope><optional>true</optional>
                  <exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions>
                </dependency>
              </dependencies>
              <build><plugins><plugin><dependencies><dependency><groupId>plugin</groupId><artifactId>dep</artifactId></dependency></dependencies></plugin></plugins></build>
            </project>
            """);

        Assert.Null(pom.GroupId);
        Assert.Equal("com.acme", pom.EffectiveGroupId);
        Assert.Equal("2", pom.EffectiveVersion);
        Assert.Equal("war", pom.Packaging);
        Assert.Equal(string.Empty, pom.Parent!.RelativePath);
        Assert.Equal("1.2", pom.Properties["x.version"]);
        Assert.Equal(["core", "web"], pom.Modules);
        Assert.True(Assert.Single(pom.Management).IsImport);
        var dependency = Assert.Single(pom.Dependencies);
        Assert.Equal(("${x.version}", "tests", "test-jar", "test", true), (dependency.Version, dependency.Classifier, dependency.Type, dependency.Scope, dependency.IsOptional));
        Assert.True(Assert.Single(dependency.Exclusions).Matches("any.group", "any-artifact"));
        Assert.Equal(11, dependency.Line);
    }

    [Fact]
    public void Read_AbsentRelativePath_IsNullSoTheDefaultApplies()
    {
        var pom = Read("<project><parent><groupId>g</groupId><artifactId>p</artifactId><version>1</version></parent><artifactId>c</artifactId></project>");

        Assert.Null(pom.Parent!.RelativePath);
    }

    [Fact]
    public void Read_MergesProfilesActiveByDefault_AndIgnoresOthers()
    {
        var pom = Read("""
            <project><groupId>g</groupId><artifactId>a</artifactId><version>1</version>
              <properties><v>1.0</v></properties>
              <dependencies><dependency><groupId>g</groupId><artifactId>base</artifactId><version>1</version></dependency></dependencies>
              <profiles>
                <profile><id>default</id><activation><activeByDefault>true</activeByDefault></activation>
                  <properties><v>2.0</v></properties>
                  <dependencies><dependency><groupId>g</groupId><artifactId>extra</artifactId><version>${v}</version></dependency></dependencies>
                </profile>
                <profile><id>ci</id><activation><property><name>ci</name></property></activation>
                  <dependencies><dependency><groupId>g</groupId><artifactId>ci-only</artifactId><version>1</version></dependency></dependencies>
                </profile>
              </profiles>
            </project>
            """);

        Assert.Equal("2.0", pom.Properties["v"]);
        Assert.Equal(["base", "extra"], pom.Dependencies.Select(d => d.ArtifactId));
    }

    [Fact]
    public void Read_WrongRootElement_IsAFormatError()
    {
        var error = Assert.Throws<ManifestFormatException>(() => Read("<?xml version=\"1.0\"?>\n<settings/>"));

        Assert.Contains("<project>", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Read_Doctype_IsRefusedBeforeAnyEntityIsExpanded()
    {
        // A billion-laughs document: refused at the DOCTYPE, so nothing is ever expanded.
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<project><version>&b;</version></project>";

        var error = Assert.Throws<ManifestFormatException>(() => Read(laughs));

        Assert.Contains("DOCTYPE", error.Message, StringComparison.Ordinal);
        Assert.IsType<XmlException>(error.InnerException);
    }

    [Fact]
    public void XxePom_IsAnErrorThatNamesTheDoctype_AndTheEntityTargetIsNeverRead()
    {
        var folder = MavenTestData.Folder("bad");
        var result = MavenTestData.Extract(new MavenExtractor(MavenTestData.NoRepositories), new FileSystemRepository(folder));

        var error = Assert.Single(result.Errors, e => e.File == "xxe/pom.xml");
        Assert.Contains("must not contain a DOCTYPE", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Graphs, g => g.ManifestPath == "xxe/pom.xml");
        var everything = string.Join('\n', result.Errors.Select(e => e.ToString()).Concat(result.Graphs.SelectMany(g => g.Nodes.Select(n => n.ToString()))));
        Assert.DoesNotContain("SECRET-MARKER", everything, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "xxe", "secret.txt")));
    }
}
