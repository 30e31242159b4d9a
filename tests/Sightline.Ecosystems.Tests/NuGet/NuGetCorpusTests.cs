using System.Diagnostics;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Xunit;
using Xunit.Abstractions;

namespace Sightline.Ecosystems.Tests.NuGet;

/// <summary>Every repository of ../shared/data/lockfiles/nuget, end to end.</summary>
public class NuGetCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Repositories()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(NuGetTestSupport.CorpusRoot).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Repositories))]
    public void Corpus_EveryRepository_GraphPerProjectNoErrorsNothingDropped(string name)
    {
        var repository = new FileSystemRepository(Path.Combine(NuGetTestSupport.CorpusRoot, name));
        var result = NuGetTestSupport.Run(repository);

        Assert.Empty(result.Errors);
        var projects = repository.Files.Where(f => f.EndsWith(".csproj", StringComparison.Ordinal)).ToList();
        Assert.Equal(projects.Order(StringComparer.Ordinal), result.Graphs.Select(g => g.ManifestPath).Where(p => p.EndsWith(".csproj", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        foreach (var project in projects)
        {
            var graph = NuGetTestSupport.Graph(result, project);
            var known = graph.Nodes.Skip(1).Select(n => n.Name).Concat(graph.Unresolved.Select(u => u.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var declared in NuGetTestSupport.DeclaredPackageReferences(repository.FullPath(project)))
            {
                Assert.True(known.Contains(declared), $"{project}: PackageReference {declared} is neither a node nor unresolved");
            }

            output.WriteLine($"{project}: {graph.Kind}, {graph.Nodes.Count - 1} nodes, {graph.Edges.Count} edges, {graph.Unresolved.Count} unresolved");
            foreach (var unresolved in graph.Unresolved.Take(5))
            {
                output.WriteLine($"    ? {unresolved.Name} {unresolved.Requirement}: {unresolved.Reason}");
            }
        }
    }

    [Fact]
    public void Corpus_AllRepositories_ParseSpeed()
    {
        var repositories = Directory.GetDirectories(NuGetTestSupport.CorpusRoot).Select(d => new FileSystemRepository(d)).ToList();
        // One warm-up round, so JIT compilation is not timed.
        long bytes = repositories.Sum(r => NuGetTestSupport.Run(r).BytesRead);
        var watch = Stopwatch.StartNew();
        const int Rounds = 20;
        for (var i = 0; i < Rounds; i++)
        {
            bytes = repositories.Sum(r => NuGetTestSupport.Run(r).BytesRead);
        }

        watch.Stop();
        var megabytesPerSecond = bytes * Rounds / (1024.0 * 1024.0) / watch.Elapsed.TotalSeconds;
        output.WriteLine($"{bytes} bytes per round, {Rounds} rounds in {watch.ElapsedMilliseconds} ms: {megabytesPerSecond:F1} MB/s");
        Assert.True(bytes > 500_000);
    }
}
