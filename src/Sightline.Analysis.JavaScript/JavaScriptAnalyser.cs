using Sightline.Analysis.JavaScript.Linking;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.JavaScript;

/// <summary>
/// JavaScript and TypeScript: Acornima parses (TypeScript after its types are blanked out, offsets kept),
/// a walk collects definitions, imports and call sites with their callee bindings, and a link step
/// resolves them across the repository's files to "package.member" names or definition ids.
/// </summary>
public sealed class JavaScriptAnalyser(JavaScriptAnalyserOptions? options = null) : ILanguageAnalyser
{
    /// <summary>Walks and parsers recurse: a big stack makes deep nesting a depth-cap warning, not a crash.</summary>
    private const int StackBytes = 256 * 1024 * 1024;

    private readonly JavaScriptAnalyserOptions _options = options ?? new JavaScriptAnalyserOptions();

    public string Id => "javascript";

    public int Version => 1;

    public IReadOnlyList<string> FilePatterns { get; } = ["*.js", "*.mjs", "*.cjs", "*.jsx", "*.ts", "*.mts", "*.cts", "*.tsx"];

    public IReadOnlyList<FileAnalysis> Analyse(IRepositoryFiles repository, IReadOnlyList<string> files, IReadOnlyList<string> analyse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(analyse);

        return AnalysisThread.Run("javascript-analyser", StackBytes, () =>
            new Linker(new AnalysisSession(repository, files, _options, cancellationToken)).Link(analyse));
    }
}
