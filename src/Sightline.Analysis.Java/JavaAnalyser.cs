using Sightline.Analysis.Java.Session;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Java;

/// <summary>
/// Java: a tokenizer and a declaration parser read every Java file of the repository (packages, imports,
/// types, members); bodies of the analysed files are then walked for declarations and call chains, each call
/// resolved through declared types to "pkg.Type.method" (a definition id when the repository declares it).
/// </summary>
public sealed class JavaAnalyser(JavaAnalyserOptions? options = null) : ILanguageAnalyser
{
    /// <summary>The walk recurses into nested arguments (with a depth cap): a big stack keeps that safe.</summary>
    private const int StackBytes = 64 * 1024 * 1024;

    private readonly JavaAnalyserOptions _options = options ?? new JavaAnalyserOptions();

    public string Id => "java";

    public int Version => 1;

    public IReadOnlyList<string> FilePatterns { get; } = ["*.java"];

    public IReadOnlyList<FileAnalysis> Analyse(IRepositoryFiles repository, IReadOnlyList<string> files, IReadOnlyList<string> analyse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(analyse);

        return AnalysisThread.Run("java-analyser", StackBytes, () => new AnalysisSession(repository, files, _options, cancellationToken).Run(analyse));
    }
}
