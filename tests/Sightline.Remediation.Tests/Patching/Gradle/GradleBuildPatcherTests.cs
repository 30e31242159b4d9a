using Sightline.Ecosystems.Gradle;
using Sightline.Remediation.Patching;
using Xunit;
using static Sightline.Remediation.Tests.Patching.PatchAssert;

namespace Sightline.Remediation.Tests.Patching.Gradle;

public sealed class GradleBuildPatcherTests
{
    private static readonly IManifestPatcher Patcher = Patchers.For(Core.Model.Ecosystem.Maven, "build.gradle")!;

    [Fact]
    public void StringNotation_IsBumpedInPlace()
    {
        var before = Real("gradle", "DataDog__vulnerable-java-application", "build.gradle");
        var settings = Real("gradle", "DataDog__vulnerable-java-application", "settings.gradle");

        var result = Patcher.Patch("build.gradle", before, new PatchRequest("net.logstash.logback:logstash-logback-encoder", "7.2", "7.4", PatchKind.Bump));

        var after = Patched(result);
        DiffIs("""
            --- a/build.gradle
            +++ b/build.gradle
            @@ -19,7 +19,7 @@
                 implementation 'org.springframework.boot:spring-boot-starter-web'
                 testImplementation 'org.springframework.boot:spring-boot-starter-test'
                 testRuntimeOnly 'org.junit.platform:junit-platform-launcher'
            -    implementation 'net.logstash.logback:logstash-logback-encoder:7.2'
            +    implementation 'net.logstash.logback:logstash-logback-encoder:7.4'
                 implementation 'org.springframework.boot:spring-boot-starter-actuator'
                 compileOnly 'org.projectlombok:lombok:1.18.32'
                 annotationProcessor 'org.projectlombok:lombok:1.18.32'

            """, "build.gradle", before, after);
        Assert.Equal(["build.gradle: net.logstash.logback:logstash-logback-encoder 7.2 → 7.4"], result.Changes);
        var graphs = Extract(new GradleExtractor(), ("build.gradle", after), ("settings.gradle", settings));
        Assert.Contains("7.4", Declared(graphs, "net.logstash.logback:logstash-logback-encoder"));
    }

    [Fact]
    public void Pin_AddsAConstraintsBlock_IndentedWithTheFilesTabs()
    {
        var before = Real("gradle", "christophetd__log4shell-vulnerable-app", "build.gradle");

        var result = Patcher.Patch("build.gradle", before, new PatchRequest("org.apache.logging.log4j:log4j-core", "2.14.1", "2.17.1", PatchKind.Pin));

        DiffIs("""
            --- a/build.gradle
            +++ b/build.gradle
            @@ -18,6 +18,9 @@
             	}
             	implementation 'org.springframework.boot:spring-boot-starter-log4j2:2.6.1'
             	testImplementation 'org.springframework.boot:spring-boot-starter-test'
            +	constraints {
            +		implementation('org.apache.logging.log4j:log4j-core:2.17.1')
            +	}
             }
             
             test {

            """, "build.gradle", before, Patched(result));
        Assert.Equal(["build.gradle: constraints { implementation('org.apache.logging.log4j:log4j-core:2.17.1') } (added to pin a transitive dependency)"], result.Changes);
    }

    [Fact]
    public void Pin_WithAConstraintsBlock_AppendsToIt()
    {
        const string Before = "dependencies {\n  implementation(\"a:b:1.0\")\n  constraints {\n    implementation(\"c:d:2.0\")\n  }\n}\n";

        var after = Patched(Patcher.Patch("build.gradle.kts", Before, new PatchRequest("e:f", null, "3.0", PatchKind.Pin)));
        var again = Patcher.Patch("build.gradle.kts", after, new PatchRequest("e:f", "3.0", "3.0", PatchKind.Pin));

        Assert.Equal("dependencies {\n  implementation(\"a:b:1.0\")\n  constraints {\n    implementation(\"c:d:2.0\")\n    implementation(\"e:f:3.0\")\n  }\n}\n", after);
        Assert.Null(again.NewText);
        Assert.Null(again.Problem);
    }

    [Fact]
    public void MapNotation_IsBumpedInAnAppliedScript()
    {
        var before = Real("gradle", "DataBiosphere__terra-workspace-manager", "service", "dependencies.gradle");

        var result = Patcher.Patch("service/dependencies.gradle", before, new PatchRequest("org.webjars:webjars-locator-core", "0.46", "0.52", PatchKind.Bump));

        Assert.Equal(
            before.Replace("name: \"webjars-locator-core\", version: \"0.46\"", "name: \"webjars-locator-core\", version: \"0.52\"", StringComparison.Ordinal),
            Patched(result));
    }

    [Fact]
    public void MapVariable_IsEditedWhereTheVersionsMapDefinesIt()
    {
        var before = Real("gradle", "apache__kafka", "gradle", "dependencies.gradle");

        var result = Patcher.Patch("gradle/dependencies.gradle", before, new PatchRequest("javax.activation:activation", "1.1.1", "1.1.2", PatchKind.Bump));

        Assert.Equal(before.Replace("  activation: \"1.1.1\",", "  activation: \"1.1.2\",", StringComparison.Ordinal), Patched(result));
        Assert.Equal(["gradle/dependencies.gradle: variable versions.activation 1.1.1 → 1.1.2"], result.Changes);
    }

    [Fact]
    public void KotlinVariable_InTheSameScript_IsEdited_AndOneDefinedElsewhereIsReturned()
    {
        var before = Fixture("gradle", "build.gradle.kts");

        var local = Patcher.Patch("app/build.gradle.kts", before, new PatchRequest("com.squareup.okio:okio", "3.0.0", "3.4.0", PatchKind.Bump));
        var elsewhere = Patcher.Patch("app/build.gradle.kts", before, new PatchRequest("org.springframework:spring-core", "5.3.0", "5.3.39", PatchKind.Bump));

        Assert.Equal(before.Replace("val okioVersion = \"3.0.0\"", "val okioVersion = \"3.4.0\"", StringComparison.Ordinal), Patched(local));
        Assert.Null(elsewhere.NewText);
        Assert.Equal("springVersion", elsewhere.Property);
    }

    [Theory]
    [InlineData("com.google.guava:guava", "'31.+' is a dynamic version")]
    [InlineData("io.netty:netty-all", "is not declared with a version in this script")]
    public void DynamicAndUndeclaredVersions_AreRefused(string package, string problem)
    {
        var result = Patcher.Patch("app/build.gradle.kts", Fixture("gradle", "build.gradle.kts"), new PatchRequest(package, null, "99.0", PatchKind.Bump));

        Assert.Null(result.NewText);
        Assert.Contains(problem, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LockfileCommand_UsesTheWrapperAboveTheScript()
    {
        Assert.Equal(["gradle", "dependencies", "--write-locks"], Patcher.LockfileCommand("build.gradle", ["build.gradle", "gradle.lockfile"]));
        Assert.Equal(["../gradlew", "dependencies", "--write-locks"], Patcher.LockfileCommand("app/build.gradle", ["gradlew", "app/build.gradle", "app/gradle.lockfile"]));
        Assert.Equal(["./gradlew", "dependencies", "--write-locks"], Patcher.LockfileCommand("build.gradle", ["gradlew", "build.gradle", "gradle.lockfile"]));
        Assert.Null(Patcher.LockfileCommand("build.gradle", ["gradlew", "build.gradle"]));
    }
}
