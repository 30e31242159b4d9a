using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Go.Tests;

/// <summary>Runs the analyser over a folder or a few files held in memory.</summary>
internal static class Analysis
{
    public static IReadOnlyList<FileAnalysis> Folder(string root, GoAnalyserOptions? options = null) =>
        Run(new FileSystemRepository(root), options);

    public static IReadOnlyList<FileAnalysis> Files(params (string Path, string Text)[] files) => Files(null, files);

    public static IReadOnlyList<FileAnalysis> Files(GoAnalyserOptions? options, params (string Path, string Text)[] files)
    {
        var repository = new InMemoryRepository();
        foreach (var (path, text) in files)
        {
            repository.Add(path, text);
        }

        return Run(repository, options);
    }

    public static IReadOnlyList<FileAnalysis> Run(IRepositoryFiles repository, GoAnalyserOptions? options = null)
    {
        var analyser = new GoAnalyser(options);
        var files = repository.Files.Where(f => f.EndsWith(".go", StringComparison.Ordinal)).ToList();
        return analyser.Analyse(repository, repository.Files, files, CancellationToken.None);
    }

    public static FileAnalysis File(this IReadOnlyList<FileAnalysis> results, string path) => results.Single(r => r.Path == path);

    /// <summary>Resolved callees of a file, "Kind callee" (Unresolved ones as "Unresolved text").</summary>
    public static List<string> Callees(this FileAnalysis file) =>
        file.Calls.Select(c => c.Kind + " " + (c.Callee ?? c.Text)).ToList();

    public static CodeDefinition Definition(this IReadOnlyList<FileAnalysis> results, string id) =>
        results.SelectMany(r => r.Definitions).Single(d => d.Id == id);
}
