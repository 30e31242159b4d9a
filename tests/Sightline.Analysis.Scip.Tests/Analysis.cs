using Sightline.Core.Code;
using Sightline.Core.Repositories;
using Sightline.Tests;

namespace Sightline.Analysis.Scip.Tests;

/// <summary>Runs the analyser over a testdata folder or over index bytes held in memory.</summary>
internal static class Analysis
{
    public const string Project = "Sightline.Analysis.Scip.Tests";

    public static IReadOnlyList<FileAnalysis> Folder(string name) => Run(new FileSystemRepository(TestPaths.TestData(Project, name)));

    public static IReadOnlyList<FileAnalysis> Bytes(string path, byte[] index) => Run(new InMemoryRepository().Add(path, index));

    public static IReadOnlyList<FileAnalysis> Run(IRepositoryFiles repository)
    {
        var analyser = new ScipAnalyser();
        var files = repository.Files.Where(f => f.EndsWith(".scip", StringComparison.Ordinal)).ToList();
        return analyser.Analyse(repository, files, files, CancellationToken.None);
    }

    public static FileAnalysis File(this IReadOnlyList<FileAnalysis> results, string path) => results.Single(r => r.Path == path);

    /// <summary>"line:col Kind callee" for each call of a file.</summary>
    public static List<string> Calls(this FileAnalysis file) =>
        file.Calls.Select(c => $"{c.Line}:{c.Column} {c.Kind} {c.Callee ?? c.Text}").ToList();
}
