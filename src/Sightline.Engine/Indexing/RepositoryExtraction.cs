using Sightline.Core.Extraction;
using Sightline.Core.Repositories;

namespace Sightline.Engine.Indexing;

/// <summary>Runs every extractor over one repository's files. An extractor that crashes costs only its own output.</summary>
public static class RepositoryExtraction
{
    public static ExtractionResult Run(IRepositoryFiles repository, IReadOnlyList<IEcosystemExtractor> extractors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(extractors);
        var result = new ExtractionResult();
        foreach (var extractor in extractors)
        {
            var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns)).ToList();
            if (files.Count == 0)
            {
                continue;
            }

            try
            {
                result.Add(extractor.Extract(repository, files, cancellationToken));
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // A bug in one extractor must not stop the fleet; it is reported with the files it had.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                result.Errors.Add(new ExtractionError(string.Join(", ", files.Take(3)) + (files.Count > 3 ? ", ..." : string.Empty),
                    $"internal error in the {extractor.Id} extractor: {ex.GetType().Name}: {ex.Message}"));
            }
        }

        if (repository is FileSystemRepository onDisk)
        {
            foreach (var (path, target) in onDisk.SkippedLinks)
            {
                // Reported whatever it names: a link out of the repository is how hostile input reaches other files.
                result.Errors.Add(new ExtractionError(path, $"symbolic link to '{target}', outside the repository: not followed"));
            }
        }

        return result;
    }

    /// <summary>Identifies the extractor set; a change forces re-indexing of unchanged repositories.</summary>
    public static string Signature(IEnumerable<IEcosystemExtractor> extractors) =>
        string.Join(';', extractors.Select(e => $"{e.Id}:{e.Version}"));
}
