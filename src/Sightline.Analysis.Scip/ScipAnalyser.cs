using Sightline.Analysis.Scip.Protobuf;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Scip;

/// <summary>
/// Reads SCIP indexes (index.scip, written by scip-typescript, scip-python and other SCIP indexers)
/// committed to or uploaded into a repository: one <see cref="FileAnalysis"/> per indexed document, with
/// the indexer's precise, package-qualified definitions and references. The result's
/// <see cref="FileAnalysis.Language"/> is the indexer's name ("scip-typescript"), so a verdict says where
/// its evidence came from. A file that is not a valid index yields one result for it, with a warning.
/// </summary>
public sealed class ScipAnalyser : ILanguageAnalyser
{
    public string Id => "scip";

    public int Version => 1;

    public IReadOnlyList<string> FilePatterns { get; } = ["*.scip"];

    public IReadOnlyList<FileAnalysis> Analyse(IRepositoryFiles repository, IReadOnlyList<string> files, IReadOnlyList<string> analyse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(analyse);
        var results = new List<FileAnalysis>();
        foreach (var path in analyse)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.AddRange(AnalyseIndex(repository, path, cancellationToken));
        }

        return results;
    }

    private static IEnumerable<FileAnalysis> AnalyseIndex(IRepositoryFiles repository, string path, CancellationToken cancellationToken)
    {
        ScipIndex index;
        try
        {
            using var stream = repository.OpenRead(path);
            index = ScipIndexReader.Read(stream);
        }
        catch (Exception e) when (e is ScipFormatException or RepositoryFileException or IOException)
        {
            return [new FileAnalysis(path, "scip") { Skipped = e.Message, Warnings = [new CodeWarning(path + ": " + e.Message)] }];
        }

        // Document paths are relative to the indexer's project root: the folder holding the index.
        var slash = path.LastIndexOf('/');
        var folder = slash < 0 ? "" : path[..(slash + 1)];
        return new IndexAnalysis(index, folder, repository).Analyse(cancellationToken);
    }
}
