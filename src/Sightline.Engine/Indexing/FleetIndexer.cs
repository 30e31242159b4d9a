using System.Diagnostics;
using System.Threading.Channels;
using Sightline.Core.Code;
using Sightline.Core.Extraction;
using Sightline.Engine.Context;
using Sightline.Engine.Reachability;
using Sightline.Core.Repositories;
using Sightline.Fleet;
using Sightline.Fleet.Discovery;
using Sightline.Fleet.Git;
using Sightline.Store;

namespace Sightline.Engine.Indexing;

/// <summary>
/// Indexes a fleet: discovers repositories, reads each one's revision, skips those already stored at that
/// revision, extracts dependency graphs in parallel and hands each repository to a single writer that
/// replaces it in the store in one transaction.
/// </summary>
public sealed partial class FleetIndexer
{
    private readonly SightlineStore _store;
    private readonly IReadOnlyList<IEcosystemExtractor> _extractors;
    private readonly IGitClient _git;
    private readonly IReadOnlyList<ILanguageAnalyser> _analysers;

    /// <summary>The name an uploaded SCIP index gets at the repository's root.</summary>
    public const string UploadedScipName = "sightline-uploaded.scip";

    /// <param name="analysers">Source analysers for reachability; none (the default) indexes dependencies only.</param>
    public FleetIndexer(SightlineStore store, IReadOnlyList<IEcosystemExtractor> extractors, IGitClient git, IReadOnlyList<ILanguageAnalyser>? analysers = null)
    {
        _store = store;
        _extractors = extractors;
        _git = git;
        _analysers = analysers ?? [];
    }

    public async Task<IndexReport> IndexAsync(IReadOnlyList<string> paths, IndexOptions options, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var (repositories, pathErrors) = Discover(paths, options);
        var extractors = ForFleet(repositories, options);
        var signature = RepositoryExtraction.Signature(_extractors) + $"|context:{ContextFacts.Version}"
            + (_analysers.Count > 0 ? "|" + CodeIndexing.Signature(_analysers) : string.Empty);
        var reports = new RepositoryReport[repositories.Count];
        var done = 0;
        long extractTicks = 0, storeTicks = 0;
        progress?.Report(new IndexProgress(0, repositories.Count, null));

        // Extraction runs in parallel; SQLite takes one writer, so writes are queued to one consumer.
        var writes = Channel.CreateBounded<(int Slot, RepositoryIndex Index, RepositoryReport Report)>(
            new BoundedChannelOptions(Math.Max(2, options.Parallelism)) { SingleReader = true });
        var writer = Task.Run(async () =>
        {
            await foreach (var (slot, index, report) in writes.Reader.ReadAllAsync(cancellationToken))
            {
                var started = Stopwatch.GetTimestamp();
                reports[slot] = Store(index, report);
                storeTicks += Stopwatch.GetTimestamp() - started;
                progress?.Report(new IndexProgress(Interlocked.Increment(ref done), repositories.Count, report.Name));
            }
        }, cancellationToken);

        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, repositories.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken },
                async (slot, ct) =>
                {
                    var started = Stopwatch.GetTimestamp();
                    var (index, report) = Extract(repositories[slot], extractors, signature, options);
                    Interlocked.Add(ref extractTicks, Stopwatch.GetTimestamp() - started);
                    if (index is null)
                    {
                        reports[slot] = report;
                        progress?.Report(new IndexProgress(Interlocked.Increment(ref done), repositories.Count, report.Name));
                    }
                    else
                    {
                        await writes.Writer.WriteAsync((slot, index, report), ct);
                    }
                });
        }
        finally
        {
            writes.Writer.TryComplete();
        }

        await writer;
        return new IndexReport(reports, pathErrors, clock.Elapsed, Stopwatch.GetElapsedTime(0, extractTicks), Stopwatch.GetElapsedTime(0, storeTicks));
    }

    private (RepositoryIndex?, RepositoryReport) Extract(DiscoveredRepository repository, IReadOnlyList<IEcosystemExtractor> extractors, string signature, IndexOptions options)
    {
        try
        {
            var files = new FileSystemRepository(repository.Path, options.Scan);
            var head = repository.IsGit ? _git.ReadHead(repository.Path) : null;
            var (revision, kind, branch) = head is null
                ? (ContentHash.Compute(files), RevisionKind.Content, (string?)null)
                : (head.Dirty ? head.Commit + "-dirty" : head.Commit, RevisionKind.Git, head.Branch);

            // A dirty work tree has no stable identity: always re-read it.
            var stored = _store.GetStoredRevision(repository.Name);
            // An uploaded index changes what is known without changing the revision: always re-read.
            if (!options.Force && options.ScipIndex is null && head is not { Dirty: true } && stored is not null && stored.Revision == revision && stored.ExtractorSignature == signature)
            {
                return (null, new RepositoryReport(repository.Name, repository.Path, RepositoryOutcome.Unchanged, revision, 0, 0, 0, []));
            }

            var result = RepositoryExtraction.Run(files, extractors, CancellationToken.None);
            IRepositoryFiles source = options.ScipIndex is null ? files : new RepositoryWithExtraFile(files, UploadedScipName, options.ScipIndex);
            var code = _analysers.Count == 0 ? new CodeIndexResult()
                : CodeIndexing.Run(source, _analysers, _store.LoadCode(repository.Name), CancellationToken.None);
            result.Errors.AddRange(code.Problems);
            var context = ReadContext(files, result.Errors);
            var index = new RepositoryIndex(repository.Name, repository.Path, revision, kind, branch, signature, result.Graphs, result.Errors) { Code = code.Files, Context = context };
            var report = new RepositoryReport(repository.Name, repository.Path, RepositoryOutcome.Indexed, revision, result.Graphs.Count,
                result.Graphs.Sum(g => g.Nodes.Count - 1), result.BytesRead, result.Errors)
            {
                CodeFilesAnalysed = code.Analysed,
                CodeFilesReused = code.Reused,
                CodeLines = code.Lines,
            };
            if (result.Graphs.Count == 0 && result.Errors.Count == 0 && context.Count == 0)
            {
                report = report with { Problems = [new ExtractionError(repository.Name, "no manifest or lockfile found in this repository")] };
                index = index with { Problems = report.Problems };
            }

            return (index, report);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, Failure(repository, ex));
        }
    }

    /// <summary>Ownership and deployment facts; a crash here costs only the context, never the dependency index.</summary>
    private static IReadOnlyList<ContextFact> ReadContext(IRepositoryFiles files, List<ExtractionError> errors)
    {
        try
        {
            return ContextFacts.Read(files, errors);
        }
#pragma warning disable CA1031 // Same rule as the extractors: one repository's odd files must not stop the fleet.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            errors.Add(new ExtractionError(".", $"internal error reading ownership and deployment files: {ex.GetType().Name}: {ex.Message}"));
            return [];
        }
    }

    private RepositoryReport Store(RepositoryIndex index, RepositoryReport report)
    {
        try
        {
            _store.ReplaceRepository(index);
            return report;
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            // The transaction rolled back: what was stored before is intact.
            return Failure(new DiscoveredRepository(report.Name, report.Path, false), ex);
        }
    }

    private static RepositoryReport Failure(DiscoveredRepository repository, Exception ex) =>
        new(repository.Name, repository.Path, RepositoryOutcome.Failed, null, 0, 0, 0, [new ExtractionError(repository.Path, ex.Message)]);
}
