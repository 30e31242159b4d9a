using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Ecosystems.Go;

/// <summary>
/// Go modules: one graph per go.mod (with the go.sum beside it) and one per go.work (a workspace over its
/// used modules). Local replacements are followed into the repository's other go.mod files; a module cache,
/// when configured in <see cref="GoSettings"/>, adds the edges between dependencies.
/// </summary>
public sealed class GoExtractor : IEcosystemExtractor
{
    private const string GoMod = "go.mod";
    private const string GoWork = "go.work";

    private readonly GoSettings _settings;

    /// <summary>Uses the machine's module cache if there is one (see <see cref="GoSettings()"/>).</summary>
    public GoExtractor()
        : this(new GoSettings())
    {
    }

    public GoExtractor(GoSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
    }

    public string Id => "go";

    public Ecosystem Ecosystem => Ecosystem.Go;

    public int Version => 1;

    public IReadOnlyList<string> FilePatterns { get; } = [GoMod, GoWork];

    public ExtractionResult Extract(IRepositoryFiles repository, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(files);
        var result = new ExtractionResult();
        var cache = _settings.ModuleCache is { } folder ? new GoModuleCache(folder) : null;
        var run = new GoRepositoryFiles(repository, result, cache);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = RepositoryPath.FileName(file);
            if (name == GoMod)
            {
                SafeParse.TryRun(file, result, () => result.Graphs.Add(GoModGraph.Build(run.ParseMain(file), file, run)));
            }
            else if (name == GoWork)
            {
                SafeParse.TryRun(file, result, () => result.Graphs.Add(GoWorkGraph.Build(run.ParseMain(file), file, run)));
            }
        }

        return result;
    }
}
