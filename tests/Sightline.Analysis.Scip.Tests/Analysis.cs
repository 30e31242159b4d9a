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

    public static IReadOnlyList<FileAnalysis> Run(IRepositoryFiles repository) => new ScipAnalyser().AnalyseAll(repository);

    /// <summary>"line:col Kind callee" for each call of a file.</summary>
    public static List<string> Calls(this FileAnalysis file) =>
        file.Calls.Select(c => $"{c.Line}:{c.Column} {c.Kind} {c.Callee ?? c.Text}").ToList();
}
