using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Go.Tests;

/// <summary>Runs the analyser over a folder or a few files held in memory (shared helpers: AnalyserTesting).</summary>
internal static class Analysis
{
    public static IReadOnlyList<FileAnalysis> Folder(string root, GoAnalyserOptions? options = null) =>
        Run(new FileSystemRepository(root), options);

    public static IReadOnlyList<FileAnalysis> Files(params (string Path, string Text)[] files) => Files(null, files);

    public static IReadOnlyList<FileAnalysis> Files(GoAnalyserOptions? options, params (string Path, string Text)[] files) =>
        Run(AnalyserTesting.InMemory(files), options);

    public static IReadOnlyList<FileAnalysis> Run(IRepositoryFiles repository, GoAnalyserOptions? options = null) =>
        new GoAnalyser(options).AnalyseAll(repository);
}
