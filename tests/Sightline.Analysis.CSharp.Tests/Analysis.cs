using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.CSharp.Tests;

/// <summary>Runs the analyser the way the indexer does: every .cs file is context, the chosen ones analysed.</summary>
internal static class Analysis
{
    /// <summary>No package folder: every package call resolves syntactically.</summary>
    public static readonly CSharpAnalyserOptions NoPackages = new() { PackageFolder = string.Empty };

    public static IReadOnlyList<FileAnalysis> Run(IRepositoryFiles repository, CSharpAnalyserOptions? options = null, IReadOnlyList<string>? analyse = null)
    {
        var files = repository.Files.Where(f => f.EndsWith(".cs", StringComparison.Ordinal)).ToList();
        return new CSharpAnalyser(options ?? NoPackages).Analyse(repository, files, analyse ?? files, CancellationToken.None);
    }

    public static FileAnalysis Single(string source, CSharpAnalyserOptions? options = null, string path = "src/App/Program.cs", string? project = null)
    {
        var repository = new InMemoryRepository().Add(path, source);
        if (project is not null)
        {
            repository.Add(RepositoryPath.Directory(path) + "/App.csproj", project);
        }

        return Assert.Single(Run(repository, options, [path]));
    }

    public static CodeCall Call(FileAnalysis analysis, string text) =>
        Assert.Single(analysis.Calls, c => c.Text == text);
}
