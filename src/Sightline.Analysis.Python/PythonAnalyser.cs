using Sightline.Analysis.Python.Linking;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Python;

/// <summary>
/// Python: a tokenizer (indentation, every string form) and an iterative statement walker collect
/// definitions ("pkg.mod.Class.method"), imports and call chains per file; a link step resolves the chains
/// across the repository's modules to definition ids or to module-path names ("yaml.load").
/// </summary>
public sealed class PythonAnalyser(PythonAnalyserOptions? options = null) : ILanguageAnalyser
{
    /// <summary>Nothing recurses deeply, but chains of re-exports are followed: a roomy stack costs nothing.</summary>
    private const int StackBytes = 16 * 1024 * 1024;

    private readonly PythonAnalyserOptions _options = options ?? new PythonAnalyserOptions();

    public string Id => "python";

    public int Version => 1;

    public IReadOnlyList<string> FilePatterns { get; } = ["*.py"];

    public IReadOnlyList<FileAnalysis> Analyse(IRepositoryFiles repository, IReadOnlyList<string> files, IReadOnlyList<string> analyse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(analyse);

        return AnalysisThread.Run("python-analyser", StackBytes, () => new Linker(repository, files, _options, cancellationToken).Link(analyse));
    }
}
