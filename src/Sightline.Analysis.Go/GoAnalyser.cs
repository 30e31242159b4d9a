using Sightline.Analysis.Go.Binding;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Go;

/// <summary>
/// Go: a tokenizer and a light recursive-descent parser read every .go file of the repository, an index of
/// each package's functions, methods, types and variables binds names across files and packages, and a walk
/// of each analysed file reports its definitions ("importpath.Func", "importpath.Type.Method") and call
/// sites, named as the Go vulnerability database names symbols.
/// </summary>
public sealed class GoAnalyser(GoAnalyserOptions? options = null) : ILanguageAnalyser
{
    /// <summary>Parser and walk recurse (depth-capped): a big stack keeps deep nesting a warning, not a crash.</summary>
    private const int StackBytes = 64 * 1024 * 1024;

    private readonly GoAnalyserOptions _options = options ?? new GoAnalyserOptions();

    public string Id => "go";

    public int Version => 1;

    public IReadOnlyList<string> FilePatterns { get; } = ["*.go"];

    public IReadOnlyList<FileAnalysis> Analyse(IRepositoryFiles repository, IReadOnlyList<string> files, IReadOnlyList<string> analyse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(analyse);

        return AnalysisThread.Run("go-analyser", StackBytes, () => new Session(repository, files, _options, cancellationToken).Run(analyse));
    }
}
