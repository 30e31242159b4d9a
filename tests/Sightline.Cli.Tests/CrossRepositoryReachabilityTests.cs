using Sightline.Core.Code;
using Sightline.Core.Model;
using Sightline.Engine.Reachability;
using Sightline.Store;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>
/// service → internal library → internal library → log4j-style call, across four repositories, plus a
/// sibling service on the same libraries that never reaches the call; and a dependency cycle.
/// </summary>
public class CrossRepositoryReachabilityTests
{
    private static readonly string[] LoggerInfo = ["org.apache.logging.log4j.Logger.info"];

    private static RepositoryIndex Repository(string name, TempFolder temp, string? publishes, string[] dependsOn, params FileAnalysis[] code)
    {
        var graph = new DependencyGraph(Ecosystem.Maven, "pom.xml", "pom.xml", publishes ?? name, "1.0");
        if (publishes is not null)
        {
            graph.Publishes.Add(new PublishedPackage(publishes, "1.0"));
        }

        foreach (var dependency in dependsOn)
        {
            var node = graph.AddNode(dependency, dependency.EndsWith("log4j-core", StringComparison.Ordinal) ? "2.14.1" : "1.0");
            graph.AddEdge(0, node.Id);
        }

        return new RepositoryIndex(name, temp.Path, "rev-" + name, RevisionKind.Content, null, "sig", [graph], [])
        {
            Code = [.. code.Select(f => new StoredCodeFile("java", 1, "h-" + f.Path, f))],
        };
    }

    private static FileAnalysis Java(string path, string definition, EntryPointKind entry, params (string Callee, int Line)[] calls) => new(path, "java")
    {
        Definitions = [new CodeDefinition(definition, definition[(definition.LastIndexOf('.') + 1)..], DefinitionKind.Method, 1, 20) { Entry = entry }],
        Calls = [.. calls.Select(c => new CodeCall(definition, CallKind.External, c.Callee, c.Callee, c.Line, 9))],
    };

    private static SightlineStore Fleet(TempFolder temp, bool cycle = false)
    {
        var store = SightlineStore.Open(temp.Database);
        store.ReplaceRepository(Repository("lib-core", temp, "com.acme:core", cycle ? ["org.apache.logging.log4j:log4j-core", "com.acme:http"] : ["org.apache.logging.log4j:log4j-core"],
            Java("src/main/java/com/acme/core/Audit.java", "com.acme.core.Audit.record", EntryPointKind.PublicApi, ("org.apache.logging.log4j.Logger.info", 10))));
        store.ReplaceRepository(Repository("lib-http", temp, "com.acme:http", ["com.acme:core"],
            Java("src/main/java/com/acme/http/Client.java", "com.acme.http.Client.send", EntryPointKind.PublicApi, ("com.acme.core.Audit.record", 12)),
            Java("src/main/java/com/acme/http/Retry.java", "com.acme.http.Retry.backoff", EntryPointKind.PublicApi)));
        store.ReplaceRepository(Repository("svc-a", temp, null, ["com.acme:http", "org.apache.logging.log4j:log4j-core"],
            Java("src/main/java/com/acme/a/Orders.java", "com.acme.a.Orders.post", EntryPointKind.HttpHandler, ("com.acme.http.Client.send", 30))));
        store.ReplaceRepository(Repository("svc-b", temp, null, ["com.acme:http", "org.apache.logging.log4j:log4j-core"],
            Java("src/main/java/com/acme/b/Refunds.java", "com.acme.b.Refunds.get", EntryPointKind.HttpHandler, ("com.acme.http.Retry.backoff", 40))));
        return store;
    }

    [Fact]
    public void ServiceReachesTheCall_ThroughTwoLibraries_FrameByFrame()
    {
        using var temp = new TempFolder();
        using var store = Fleet(temp);

        var verdict = new ReachabilityAnalyzer(store).Evaluate("svc-a", Ecosystem.Maven, "org.apache.logging.log4j:log4j-core", LoggerInfo);

        Assert.Equal(Verdict.Reachable, verdict.Verdict);
        Assert.Equal(
            [
                "svc-a src/main/java/com/acme/a/Orders.java:30 com.acme.a.Orders.post -> com.acme.http.Client.send",
                "lib-http src/main/java/com/acme/http/Client.java:12 com.acme.http.Client.send -> com.acme.core.Audit.record",
                "lib-core src/main/java/com/acme/core/Audit.java:10 com.acme.core.Audit.record -> org.apache.logging.log4j.Logger.info",
            ],
            verdict.Trace.Select(f => $"{f.Repository ?? "svc-a"} {f.File}:{f.Line} {f.Caller} -> {f.Callee}"));
        Assert.Contains("lib-http traced at its indexed revision rev-lib-http", verdict.Trace[1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void SiblingOnTheSameLibraries_IsNotReached_AndTheReasonNamesTheLibraryFunction()
    {
        using var temp = new TempFolder();
        using var store = Fleet(temp);

        var verdict = new ReachabilityAnalyzer(store).Evaluate("svc-b", Ecosystem.Maven, "org.apache.logging.log4j:log4j-core", LoggerInfo);

        Assert.Equal(Verdict.NotImported, verdict.Verdict);
        Assert.Contains("its internal library com.acme:http (lib-http) reaches it through com.acme.http.Client.send", verdict.Reason, StringComparison.Ordinal);
        Assert.Contains("nothing here calls com.acme.http.Client.send", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EachLibrary_HasItsOwnVerdict()
    {
        using var temp = new TempFolder();
        using var store = Fleet(temp);
        var analyzer = new ReachabilityAnalyzer(store);

        Assert.Equal(Verdict.Reachable, analyzer.Evaluate("lib-core", Ecosystem.Maven, "org.apache.logging.log4j:log4j-core", LoggerInfo).Verdict);
        Assert.Equal(Verdict.Reachable, analyzer.Evaluate("lib-http", Ecosystem.Maven, "org.apache.logging.log4j:log4j-core", LoggerInfo).Verdict);
    }

    [Fact]
    public void DependencyCycleBetweenRepositories_Terminates()
    {
        using var temp = new TempFolder();
        using var store = Fleet(temp, cycle: true);

        var verdict = new ReachabilityAnalyzer(store).Evaluate("svc-a", Ecosystem.Maven, "org.apache.logging.log4j:log4j-core", LoggerInfo);

        Assert.Equal(Verdict.Reachable, verdict.Verdict);
        Assert.Equal(3, verdict.Trace.Count);
    }
}
