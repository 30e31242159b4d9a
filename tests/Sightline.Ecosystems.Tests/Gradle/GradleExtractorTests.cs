using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Gradle;
using Sightline.Tests;
using Xunit;

namespace Sightline.Ecosystems.Tests.Gradle;

public class GradleExtractorTests
{
    private static readonly string DataDog = Path.Combine(TestPaths.Lockfiles, "gradle", "DataDog__vulnerable-java-application");

    private static DependencyGraph Extract(IRepositoryFiles repository, out IReadOnlyList<Core.Extraction.ExtractionError> errors)
    {
        var files = repository.Files.Where(f => f.EndsWith("gradle.lockfile", StringComparison.Ordinal)).ToList();
        var result = new GradleExtractor().Extract(repository, files, CancellationToken.None);
        errors = result.Errors;
        return Assert.Single(result.Graphs);
    }

    [Fact]
    public void RealLockfile_ListsEveryLockedModule_WithScopesFromConfigurations()
    {
        // 68 = `grep -v '^#' gradle.lockfile | grep -v '^empty=' | grep -c .`
        var graph = Extract(new FileSystemRepository(DataDog), out var errors);

        Assert.Empty(errors);
        Assert.Equal(68, graph.Nodes.Count - 1);
        Assert.Equal("build.gradle", graph.ManifestPath);
        Assert.Equal("gradle.lockfile", graph.LockfilePath);
        var byName = graph.Nodes.Skip(1).ToDictionary(n => n.Name);
        Assert.Equal("2.21.1", byName["org.apache.logging.log4j:log4j-api"].Version);
        Assert.Equal(DependencyScope.Runtime, byName["org.apache.logging.log4j:log4j-api"].Scope);
        Assert.False(byName["org.apache.logging.log4j:log4j-api"].Direct);
        Assert.True(byName["net.logstash.logback:logstash-logback-encoder"].Direct);
        Assert.Equal(DependencyScope.Provided, byName["org.projectlombok:lombok"].Scope);
        Assert.Equal(DependencyScope.Test, byName["com.jayway.jsonpath:json-path"].Scope);
        Assert.Equal("pkg:maven/org.apache.logging.log4j/log4j-api@2.21.1", byName["org.apache.logging.log4j:log4j-api"].Purl);
        Assert.Contains(graph.Unresolved, u => u.Reason.Contains("no dependency edges", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedLine_IsReportedWithItsLineNumber()
    {
        var repository = new InMemoryRepository().Add("gradle.lockfile", "# comment\norg.example:ok:1.0=runtimeClasspath\nnot-a-coordinate=runtimeClasspath\n");

        var result = new GradleExtractor().Extract(repository, ["gradle.lockfile"], CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("group:artifact:version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildscriptLockfile_IsBuildTooling()
    {
        var repository = new InMemoryRepository().Add("buildscript-gradle.lockfile", "com.example:plugin:1.2=classpath\n");

        var graph = Extract(repository, out _);

        Assert.Equal(DependencyScope.Dev, graph.Nodes[1].Scope);
    }
}
