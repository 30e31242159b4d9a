using Sightline.Ecosystems.Maven;
using Sightline.Remediation.Patching;
using Xunit;
using static Sightline.Remediation.Tests.Patching.PatchAssert;

namespace Sightline.Remediation.Tests.Patching.Maven;

public sealed class MavenPatcherTests
{
    private static readonly IManifestPatcher Patcher = Patchers.For(Core.Model.Ecosystem.Maven, "pom.xml")!;

    private static MavenExtractor Extractor => new(new MavenSettings { Offline = true });

    [Fact]
    public void PropertyFromTheParent_IsReturned_AndPatchedThere()
    {
        var child = Real("maven", "snyk-labs__java-goof", "todolist-goof", "todolist-web-struts", "pom.xml");
        var parent = Real("maven", "snyk-labs__java-goof", "todolist-goof", "pom.xml");

        var result = Patcher.Patch("todolist-goof/todolist-web-struts/pom.xml", child, new PatchRequest("org.apache.struts:struts2-core", "2.3.20", "2.3.32", PatchKind.Bump));
        var property = Patcher.PatchProperty("todolist-goof/pom.xml", parent, result.Property!, "2.3.32");

        Assert.Null(result.NewText);
        Assert.Equal("struts2.version", result.Property);
        var after = Patched(property);
        DiffIs("""
            --- a/todolist-goof/pom.xml
            +++ b/todolist-goof/pom.xml
            @@ -13,7 +13,7 @@
                     <spring.version>3.2.6.RELEASE</spring.version>
                     <hibernate.version>4.3.7.Final</hibernate.version>
                     <tapestry.version>5.3.8</tapestry.version>
            -        <struts2.version>2.3.20</struts2.version>
            +        <struts2.version>2.3.32</struts2.version>
                     <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                 </properties>
             

            """, "todolist-goof/pom.xml", parent, after);
        var graphs = Extract(Extractor, ("todolist-goof/pom.xml", after), ("todolist-goof/todolist-web-struts/pom.xml", child));
        Assert.Contains("2.3.32", Versions(graphs, "org.apache.struts:struts2-core"));
        Assert.DoesNotContain("2.3.20", Versions(graphs, "org.apache.struts:struts2-core"));
    }

    [Fact]
    public void ManagedVersionProperty_InTheSamePom_IsEdited()
    {
        var before = Real("maven", "DependencyTrack__dependency-track", "pom.xml");

        var result = Patcher.Patch("pom.xml", before, new PatchRequest("org.assertj:assertj-core", "3.27.7", "3.27.8", PatchKind.Pin));

        Assert.Equal(before.Replace("<lib.assertj.version>3.27.7<", "<lib.assertj.version>3.27.8<", StringComparison.Ordinal), Patched(result));
        Assert.Equal(["pom.xml: property lib.assertj.version 3.27.7 → 3.27.8"], result.Changes);
    }

    [Fact]
    public void VersionFromABomOrTheParent_IsNotBumped()
    {
        var before = Real("maven", "spring-projects__spring-petclinic", "pom.xml");

        var result = Patcher.Patch("pom.xml", before, new PatchRequest("com.h2database:h2", "2.3.232", "2.4.240", PatchKind.Bump));

        Assert.Null(result.NewText);
        Assert.Equal("pom.xml: com.h2database:h2 has no <version> here: it is managed by the parent or an imported BOM (raise that, or pin it)", result.Problem);
    }

    [Fact]
    public void Pin_WithoutDependencyManagement_CreatesItBeforeDependencies()
    {
        var before = Real("maven", "spring-projects__spring-petclinic", "pom.xml");

        var result = Patcher.Patch("pom.xml", before, new PatchRequest("com.h2database:h2", "2.3.232", "2.4.240", PatchKind.Pin));

        var after = Patched(result);
        DiffIs("""
            --- a/pom.xml
            +++ b/pom.xml
            @@ -37,6 +37,16 @@
                 <spring-format.version>0.0.47</spring-format.version>
               </properties>
             
            +  <dependencyManagement>
            +    <dependencies>
            +      <dependency>
            +        <groupId>com.h2database</groupId>
            +        <artifactId>h2</artifactId>
            +        <version>2.4.240</version>
            +      </dependency>
            +    </dependencies>
            +  </dependencyManagement>
            +
               <dependencies>
                 <!-- Spring and Spring Boot dependencies -->
                 <dependency>

            """, "pom.xml", before, after);
        Assert.Equal(["pom.xml: dependencyManagement com.h2database:h2 = 2.4.240 (added)"], result.Changes);
        Assert.Contains("2.4.240", Versions(Extract(Extractor, ("pom.xml", after)), "com.h2database:h2"));
    }

    [Fact]
    public void Pin_WithDependencyManagement_AppendsTheEntry()
    {
        var before = Real("maven", "DependencyTrack__dependency-track", "pom.xml");

        var after = Patched(Patcher.Patch("pom.xml", before, new PatchRequest("org.yaml:snakeyaml", "1.33", "2.2", PatchKind.Pin)));

        Assert.Equal(
            before.Replace(
                "                <version>${lib.zstd-jni.version}</version>\n            </dependency>\n        </dependencies>\n    </dependencyManagement>",
                "                <version>${lib.zstd-jni.version}</version>\n            </dependency>\n            <dependency>\n                <groupId>org.yaml</groupId>\n                <artifactId>snakeyaml</artifactId>\n                <version>2.2</version>\n            </dependency>\n        </dependencies>\n    </dependencyManagement>",
                StringComparison.Ordinal),
            after);
    }

    [Fact]
    public void CrlfPomWithComments_KeepsEverythingButTheVersion()
    {
        var before = Fixture("maven", "crlf-pom.xml");

        var after = Patched(Patcher.Patch("pom.xml", before, new PatchRequest("com.fasterxml.jackson.core:jackson-databind", "2.9.8", "2.9.10.8", PatchKind.Bump)));

        Assert.StartsWith("\uFEFF<?xml", after, StringComparison.Ordinal);
        Assert.Equal(before.Replace("<version>2.9.8</version>", "<version>2.9.10.8</version>", StringComparison.Ordinal), after);
        Assert.Equal(before.Split("\r\n").Length, after.Split("\r\n").Length);
    }

    [Theory]
    [InlineData("org.slf4j:slf4j-api", "pom.xml: dependencies org.slf4j:slf4j-api: '[1.7,2.0)' is a version range or an expression, not a version")]
    [InlineData("com.example:lib", "pom.xml: com.example:lib is at ${project.version}, the build's own version")]
    [InlineData("junit", "pom.xml: 'junit' is not a Maven groupId:artifactId")]
    public void Unpatchable_AreRefused(string package, string problem)
    {
        var result = Patcher.Patch("pom.xml", Fixture("maven", "crlf-pom.xml"), new PatchRequest(package, null, "9.0", PatchKind.Bump));

        Assert.Null(result.NewText);
        Assert.Equal(problem, result.Problem);
    }

    [Fact]
    public void MalformedPom_IsAProblem()
    {
        var result = Patcher.Patch("pom.xml", "<project><dependencies></project>", new PatchRequest("a:b", null, "1.0", PatchKind.Pin));

        Assert.Null(result.NewText);
        Assert.StartsWith("pom.xml: not a pom (", result.Problem, StringComparison.Ordinal);
        Assert.Null(Patcher.LockfileCommand("pom.xml", ["pom.xml"]));
    }
}
