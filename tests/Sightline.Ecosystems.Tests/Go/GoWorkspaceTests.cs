using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.Go.GoTestRepos;

namespace Sightline.Ecosystems.Tests.Go;

public class GoWorkspaceTests
{
    private static readonly Core.Extraction.ExtractionResult Result = Extract(Fixture("workspace"));

    [Fact]
    public void GoWork_IsOneGraph_WithEachUsedModuleAsLocalNode()
    {
        var graph = Graph(Result, "go.work");

        Assert.Empty(Result.Errors);
        Assert.Equal(3, Result.Graphs.Count);
        Assert.Equal("go.work", graph.Kind);
        Assert.Equal("go.work.sum", graph.LockfilePath);
        Assert.Equal(["example.com/app", "example.com/lib"], graph.Publishes.Select(p => p.Name));
        var app = Node(graph, "example.com/app");
        Assert.Equal(PackageSource.Local, app.Source);
        Assert.Equal("app", app.Resolved);
        Assert.Null(app.Version);
        Assert.True(app.Direct);
        Assert.Equal(["example.com/app", "example.com/lib"], Children(graph, 0));
    }

    [Fact]
    public void GoWork_SelectsOneVersionPerModule_AndLinksModulesToEachOther()
    {
        var graph = Graph(Result, "go.work");
        var app = Node(graph, "example.com/app");
        var lib = Node(graph, "example.com/lib");

        Assert.Equal(["example.com/lib", "example.com/new@v1.1.0", "github.com/pkg/errors@v0.9.1"], Children(graph, app.Id));
        Assert.Equal(["github.com/pkg/errors@v0.9.1", "golang.org/x/text@v0.14.0"], Children(graph, lib.Id));
        var errors = Node(graph, "github.com/pkg/errors");
        Assert.Equal("v0.8.0", graph.Edges.Single(e => e.From == lib.Id && e.To == errors.Id).Requirement);
        Assert.False(errors.Direct);
        Assert.Equal(6, graph.Nodes.Count);
    }

    [Fact]
    public void GoWorkReplace_OverridesTheModulesReplace()
    {
        var work = Graph(Result, "go.work");
        var module = Graph(Result, "app/go.mod");

        var replaced = Node(work, "example.com/new");
        Assert.Equal("example.com/old", replaced.Alias);
        Assert.Equal("h1:NEWzipHashAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", replaced.Integrity);
        Assert.Equal("v1.0.0", work.Edges.Single(e => e.To == replaced.Id).Requirement);

        // The module alone uses its own replace.
        var own = Node(module, "example.com/other");
        Assert.Equal("v2.0.0+incompatible", own.Version);
        Assert.Equal("example.com/old", own.Alias);
        Assert.Equal("pkg:golang/example.com/other@v2.0.0%2Bincompatible", own.Purl);
    }

    [Fact]
    public void GoWork_ReadsChecksumsFromGoWorkSumAndEachModulesGoSum()
    {
        var graph = Graph(Result, "go.work");

        Assert.Equal("h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=", Node(graph, "golang.org/x/text").Integrity);
        Assert.Equal("h1:FEBLx1zS214owpjy7qsBeixbURkuhQAwrK5UwLGTwt4=", Node(graph, "github.com/pkg/errors").Integrity);
        var note = Assert.Single(graph.Unresolved);
        Assert.Equal("*", note.Name);
        Assert.Contains("no module cache", note.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MemberGoMods_StayGraphsOfTheirOwn()
    {
        var module = Graph(Result, "app/go.mod");

        Assert.Equal("example.com/app", module.Root.Name);
        Assert.Equal("go.mod", module.Kind);
        // Outside the workspace nothing replaces example.com/lib: its placeholder version is not in go.sum.
        Assert.Contains(module.Unresolved, u => u.Name == "example.com/lib" && u.Reason == "missing from go.sum");
        Assert.True(Node(module, "example.com/lib").Direct);
    }

    [Fact]
    public void UseOfAFolderWithoutGoMod_IsUnresolved()
    {
        var repository = new Core.Repositories.InMemoryRepository()
            .Add("go.work", "go 1.22\nuse (\n\t./a\n\t./missing\n\t/abs/path\n)\n")
            .Add("a/go.mod", "module example.com/a\ngo 1.22\n");

        var graph = Graph(Extract(repository), "go.work");

        Assert.Contains(graph.Unresolved, u => u.Name == "./missing" && u.Reason.Contains("no go.mod", StringComparison.Ordinal));
        Assert.Contains(graph.Unresolved, u => u.Name == "/abs/path" && u.Reason.Contains("outside the repository", StringComparison.Ordinal));
        Assert.Equal(["example.com/a"], Children(graph, 0));
    }
}
