using Sightline.Core.Code;
using Sightline.Core.Extraction;
using Sightline.Core.Repositories;

namespace Sightline.Analysis;

/// <summary>What every analyser's tests do: run it over a repository view, then pick files, calls and definitions.</summary>
internal static class AnalyserTesting
{
    /// <summary>Analyses every file of the repository that matches the analyser's patterns.</summary>
    public static IReadOnlyList<FileAnalysis> AnalyseAll(this ILanguageAnalyser analyser, IRepositoryFiles repository)
    {
        var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), analyser.FilePatterns)).ToList();
        return analyser.Analyse(repository, files, files, CancellationToken.None);
    }

    public static InMemoryRepository InMemory(IEnumerable<(string Path, string Text)> files)
    {
        var repository = new InMemoryRepository();
        foreach (var (path, text) in files)
        {
            repository.Add(path, text);
        }

        return repository;
    }

    public static FileAnalysis File(this IReadOnlyList<FileAnalysis> results, string path) => results.Single(r => r.Path == path);

    /// <summary>Resolved callees of a file, "Kind callee" (Unresolved ones as "Unresolved text").</summary>
    public static List<string> Callees(this FileAnalysis file) =>
        file.Calls.Select(c => c.Kind + " " + (c.Callee ?? c.Text)).ToList();

    public static CodeDefinition Definition(this IReadOnlyList<FileAnalysis> results, string id) =>
        results.SelectMany(r => r.Definitions).Single(d => d.Id == id);
}
