using Sightline.Core.Repositories;

namespace Sightline.Core.Code;

/// <summary>
/// One language's source analysis: for each file, its definitions, imports and call sites, callees resolved
/// to fully qualified names where it can (see <see cref="CodeCall"/> for the naming rules). Results are
/// per file, so the indexer re-analyses only files whose content hash changed; an analyser may still read
/// the other files of the repository for context (C# binds against the whole project).
/// </summary>
public interface ILanguageAnalyser
{
    /// <summary>Stable identifier: "csharp", "javascript".</summary>
    string Id { get; }

    /// <summary>Bumped whenever the output for the same input changes, so stored results are refreshed.</summary>
    int Version { get; }

    /// <summary>File-name patterns, as for extractors ("*.cs", "*.ts").</summary>
    IReadOnlyList<string> FilePatterns { get; }

    /// <summary>
    /// Analyses <paramref name="analyse"/> (a subset of <paramref name="files"/>, every file matching
    /// <see cref="FilePatterns"/>). One result per analysed file, in any order. A file that cannot be read
    /// or parsed yields a result with warnings (and what could be recovered); it never throws for one file.
    /// </summary>
    IReadOnlyList<FileAnalysis> Analyse(IRepositoryFiles repository, IReadOnlyList<string> files, IReadOnlyList<string> analyse, CancellationToken cancellationToken);
}
