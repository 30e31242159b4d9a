using System.Security.Cryptography;
using Sightline.Core.Code;
using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Sightline.Store;

namespace Sightline.Engine.Reachability;

/// <summary>
/// Runs the language analysers over one repository. A file whose content hash, analyser and analyser version
/// match what is stored keeps its stored result; only the others are analysed (the analyser still sees every
/// file, for context). An analyser that throws costs its own files only, reported as problems.
/// </summary>
public static class CodeIndexing
{
    public static CodeIndexResult Run(IRepositoryFiles repository, IReadOnlyList<ILanguageAnalyser> analysers, IReadOnlyDictionary<string, StoredCodeFile> previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(analysers);
        ArgumentNullException.ThrowIfNull(previous);
        var result = new CodeIndexResult();
        foreach (var analyser in analysers)
        {
            var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), analyser.FilePatterns)).ToList();
            if (files.Count == 0)
            {
                continue;
            }

            var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
            var changed = new List<string>();
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Hash(repository, file) is not { } hash)
                {
                    continue;
                }

                hashes[file] = hash;
                if (previous.TryGetValue(SightlineStore.CodeKey(analyser.Id, file), out var stored) && stored.Analyser == analyser.Id && stored.AnalyserVersion == analyser.Version && stored.ContentHash == hash)
                {
                    result.Files.Add(stored);
                    result.Reused++;
                }
                else
                {
                    changed.Add(file);
                }
            }

            if (changed.Count == 0)
            {
                continue;
            }

            RequeueDependents(analyser, previous, changed, result);

            try
            {
                // An index (SCIP) gives results for the documents it covers, not for itself: those carry the
                // hash of the files analysed, so a changed index replaces them all.
                var derived = "derived:" + string.Join(',', changed.Select(c => hashes[c]));
                foreach (var analysis in analyser.Analyse(repository, files, changed, cancellationToken))
                {
                    result.Files.Add(new StoredCodeFile(analyser.Id, analyser.Version, hashes.GetValueOrDefault(analysis.Path) ?? derived, analysis));
                    result.Analysed++;
                    result.Lines += analysis.Lines;
                }
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // A bug in one analyser must not stop the repository's indexing; it is reported.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                result.Problems.Add(new ExtractionError(string.Join(", ", changed.Take(3)) + (changed.Count > 3 ? ", ..." : string.Empty),
                    $"internal error in the {analyser.Id} analyser: {ex.GetType().Name}: {ex.Message}"));
            }
        }

        foreach (var file in result.Files)
        {
            foreach (var warning in file.Analysis.Warnings)
            {
                result.Problems.Add(new ExtractionError(file.Analysis.Path, "source analysis: " + warning.Message, warning.Line));
            }
        }

        return result;
    }

    /// <summary>
    /// A kept file that calls a definition of a changed file may now resolve differently (the callee was
    /// renamed or moved): it is analysed again too, so no stored call points at a definition that is gone.
    /// </summary>
    private static void RequeueDependents(ILanguageAnalyser analyser, IReadOnlyDictionary<string, StoredCodeFile> previous, List<string> changed, CodeIndexResult result)
    {
        var touched = changed.Select(p => previous.GetValueOrDefault(SightlineStore.CodeKey(analyser.Id, p))).OfType<StoredCodeFile>()
            .SelectMany(f => f.Analysis.Definitions.Select(d => d.Id)).ToHashSet(StringComparer.Ordinal);
        var changedSet = changed.ToHashSet(StringComparer.Ordinal);
        var dependents = result.Files.Where(f => f.Analyser == analyser.Id && !changedSet.Contains(f.Analysis.Path)
                && f.Analysis.Calls.Any(c => c.Kind is CallKind.Local or CallKind.Reference && c.Callee is not null && touched.Contains(c.Callee)))
            .ToList();
        foreach (var dependent in dependents)
        {
            result.Files.Remove(dependent);
            result.Reused--;
            changed.Add(dependent.Analysis.Path);
        }
    }

    /// <summary>Identifies the analyser set, for the indexer's skip-unchanged signature.</summary>
    public static string Signature(IEnumerable<ILanguageAnalyser> analysers) =>
        string.Join(';', analysers.Select(a => $"{a.Id}:{a.Version}"));

    private static string? Hash(IRepositoryFiles repository, string path)
    {
        try
        {
            using var stream = repository.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is RepositoryFileException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

public sealed class CodeIndexResult
{
    public List<StoredCodeFile> Files { get; } = [];

    public List<ExtractionError> Problems { get; } = [];

    public int Analysed { get; set; }

    public int Reused { get; set; }

    public long Lines { get; set; }
}
