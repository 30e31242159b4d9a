using System.Text;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Xunit;
using static Sightline.Ecosystems.Tests.Gradle.GradleTestSupport;

namespace Sightline.Ecosystems.Tests.Gradle;

public class GradleScriptEdgeTests
{
    [Fact]
    public void SubprojectsAndAllprojectsBlocks_ApplyToEveryChildProject()
    {
        var repository = new InMemoryRepository()
            .Add("settings.gradle", "rootProject.name = 'root'\ninclude 'a'\n")
            .Add("build.gradle", "allprojects {\n  group = 'org.acme'\n  dependencies { implementation 'org.slf4j:slf4j-api:2.0.13' }\n}\nsubprojects {\n  dependencies {\n    testImplementation 'junit:junit:4.13.2'\n  }\n}\n")
            .Add("a/build.gradle", "dependencies { implementation 'com.google.guava:guava:33.0.0-jre' }\n");

        var result = Extract(repository);

        var child = ByName(Graph(result, "a/build.gradle"));
        Assert.Equal(["com.google.guava:guava", "org.slf4j:slf4j-api", "junit:junit"], child.Keys);
        var root = Graph(result, "build.gradle");
        Assert.Equal(["org.slf4j:slf4j-api"], ByName(root).Keys);
        Assert.Equal("org.acme:a", Graph(result, "a/build.gradle").Root.Name);
    }

    [Fact]
    public void ApplyFrom_ReadsTheScript_AndACycleEnds()
    {
        var repository = new InMemoryRepository()
            .Add("build.gradle", "apply from: 'gradle/deps.gradle'\napply from: \"$rootDir/gradle/missing.gradle\"\n")
            .Add("gradle/deps.gradle", "ext.jackson = '2.17.1'\napply from: \"$projectDir/build.gradle\"\ndependencies {\n  implementation \"com.fasterxml.jackson.core:jackson-databind:$jackson\"\n}\n");

        var result = Extract(repository);

        var graph = Assert.Single(result.Graphs);
        Assert.Equal("2.17.1", ByName(graph)["com.fasterxml.jackson.core:jackson-databind"].Version);
        var missing = Assert.Single(graph.Unresolved, u => u.Name == "gradle/missing.gradle");
        Assert.Contains("not in the repository", missing.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CommentsStringsAndConstraints_AreNotDeclarations()
    {
        var script = """
            dependencies {
                // implementation 'com.example:commented:1.0'
                /* implementation 'com.example:block-commented:1.0' */
                implementation 'com.example:one:1.0', 'com.example:two:2.0'
                implementation("com.example:three:3.0") { exclude(group = "x") }
                implementation(kotlin("stdlib", "2.0.0"))
                constraints {
                    implementation('com.example:constrained:9.9')
                }
                println "implementation 'com.example:printed:1.0'"
            }
            """;
        var graph = Assert.Single(Extract(new InMemoryRepository().Add("build.gradle.kts", script)).Graphs);

        Assert.Equal(["com.example:one", "com.example:two", "com.example:three", "org.jetbrains.kotlin:kotlin-stdlib"], ByName(graph).Keys);
    }

    [Fact]
    public void UnknownExpressionsAndProperties_AreReportedNotGuessed()
    {
        var script = "dependencies {\n  implementation myLibs.foo\n  implementation \"com.example:lib:${computeVersion()}\"\n  runtimeOnly('org.jabref')\n}\n";
        var graph = Assert.Single(Extract(new InMemoryRepository().Add("build.gradle", script)).Graphs);

        Assert.Empty(graph.Nodes.Skip(1));
        Assert.Contains(graph.Unresolved, u => u.Name == "myLibs.foo" && u.Reason.Contains("cannot evaluate", StringComparison.Ordinal));
        Assert.Contains(graph.Unresolved, u => u.Name == "com.example:lib" && u.Requirement == "${computeVersion()}");
        Assert.Contains(graph.Unresolved, u => u.Name == "org.jabref" && u.Reason.Contains("not group:artifact", StringComparison.Ordinal));
    }

    [Fact]
    public void SettingsCatalogs_AreReadUnderTheirOwnNames()
    {
        var repository = new InMemoryRepository()
            .Add("settings.gradle.kts", "dependencyResolutionManagement {\n  versionCatalogs {\n    create(\"tools\") {\n      from(files(\"gradle/tools.versions.toml\"))\n    }\n  }\n}\n")
            .Add("gradle/tools.versions.toml", "[libraries]\nerrorprone = \"com.google.errorprone:error_prone_core:2.28.0\"\n")
            .Add("build.gradle.kts", "dependencies {\n  annotationProcessor(tools.errorprone)\n}\n");

        var graph = Assert.Single(Extract(repository).Graphs);

        var node = ByName(graph)["com.google.errorprone:error_prone_core"];
        Assert.Equal("2.28.0", node.Version);
        Assert.Equal(DependencyScope.Dev, node.Scope);
    }

    [Fact]
    public void LegacyPerConfigurationLockfiles_FormOneGraph()
    {
        var repository = new InMemoryRepository()
            .Add("build.gradle", "dependencies { implementation 'org.slf4j:slf4j-api:1.7.36' }\n")
            .Add("gradle/dependency-locks/runtimeClasspath.lockfile", "# comment\norg.slf4j:slf4j-api:1.7.36\n")
            .Add("gradle/dependency-locks/testRuntimeClasspath.lockfile", "org.slf4j:slf4j-api:1.7.36\njunit:junit:4.13.2\n");

        var graph = Assert.Single(Extract(repository).Graphs);

        Assert.Equal("gradle/dependency-locks", graph.Kind);
        var nodes = ByName(graph);
        Assert.Equal(DependencyScope.Runtime, nodes["org.slf4j:slf4j-api"].Scope);
        Assert.True(nodes["org.slf4j:slf4j-api"].Direct);
        Assert.Equal(DependencyScope.Test, nodes["junit:junit"].Scope);
    }

    [Fact]
    public void MalformedLockfile_IsAnError_AndTheDeclarationsStillGiveAGraph()
    {
        var repository = new InMemoryRepository()
            .Add("build.gradle", "dependencies { implementation 'org.slf4j:slf4j-api:1.7.36' }\n")
            .Add("gradle.lockfile", "org.slf4j:slf4j-api:1.7.36=runtimeClasspath\nbroken\n")
            .Add("other/build.gradle", "dependencies { implementation 'junit:junit:4.13.2' }\n");

        var result = Extract(repository);

        var error = Assert.Single(result.Errors);
        Assert.Equal("gradle.lockfile", error.File);
        Assert.Equal(2, error.Line);
        Assert.Equal("build.gradle", Graph(result, "build.gradle").Kind);
        Assert.Single(Graph(result, "other/build.gradle").Nodes.Skip(1));
    }

    [Fact]
    public void HostileScripts_DeepNestingAndUnterminatedText_DoNotBreakTheExtractor()
    {
        var deep = new StringBuilder();
        deep.Append(string.Concat(Enumerable.Repeat("a {\n", 50_000))).Append("dependencies { implementation 'com.example:deep:1.0' }\n");
        var repository = new InMemoryRepository()
            .Add("deep/build.gradle", deep.ToString())
            .Add("open/build.gradle", "dependencies {\n  implementation 'com.example:ok:1.0'\n  implementation \"com.example:broken:${\n  /* never closed")
            .Add("cycle/build.gradle", "ext.a = \"$b\"\next.b = \"$a\"\ndependencies { implementation \"com.example:cycle:$a\" }\n");

        var result = Extract(repository);

        Assert.Empty(result.Errors);
        Assert.Equal("1.0", ByName(Graph(result, "deep/build.gradle"))["com.example:deep"].Version);
        Assert.Equal("1.0", ByName(Graph(result, "open/build.gradle"))["com.example:ok"].Version);
        Assert.Contains(Graph(result, "cycle/build.gradle").Unresolved, u => u.Name == "com.example:cycle");
    }
}
