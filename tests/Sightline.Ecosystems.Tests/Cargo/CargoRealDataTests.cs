using Xunit;
using Xunit.Abstractions;

namespace Sightline.Ecosystems.Tests.Cargo;

public class CargoRealDataTests(ITestOutputHelper output)
{
    public static TheoryData<string> Projects()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CargoTestSupport.RealData).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryRealLockfile_GivesAGraph_WithoutErrors(string project)
    {
        var folder = Path.Combine(CargoTestSupport.RealData, project);
        var lockfiles = Directory.GetFiles(folder, "Cargo.lock", SearchOption.AllDirectories);

        var result = CargoTestSupport.ExtractFolder(folder);

        Assert.Empty(result.Errors);
        Assert.NotEmpty(lockfiles);
        var lockGraphs = result.Graphs.Where(g => g.LockfilePath is not null).ToList();
        Assert.Equal(lockfiles.Length, lockGraphs.Count);
        foreach (var graph in lockGraphs)
        {
            Assert.True(graph.Nodes.Count > 1, graph.LockfilePath);
            Assert.StartsWith("Cargo.lock v", graph.Kind, StringComparison.Ordinal);
            Assert.NotEmpty(graph.Publishes);
            Assert.DoesNotContain(graph.Unresolved, u => u.Reason.Contains("no such package", StringComparison.Ordinal));
            output.WriteLine($"{project}/{graph.LockfilePath}: {graph.Kind}, {graph.Nodes.Count - 1} packages, {graph.Edges.Count} edges, {graph.Publishes.Count} published, {graph.Unresolved.Count} notes");
        }

        // Every real manifest is covered by its lockfile: no extra lockless graphs. Every file is read once.
        Assert.Equal(lockfiles.Length, result.Graphs.Count);
        var files = Directory.GetFiles(folder, "Cargo.*", SearchOption.AllDirectories);
        Assert.Equal(files.Sum(f => new FileInfo(f).Length), result.BytesRead);
    }
}
