using Sightline.Core.Model;
using Sightline.Core.Repositories;

namespace Sightline.Core.Extraction;

/// <summary>
/// One ecosystem's dependency extraction: the file names it wants, and one method that turns the matching
/// files of a repository into dependency graphs. It decides how files group (a package.json with its
/// lockfile, a csproj with its Directory.Packages.props); the parsers it calls are pure (stream in,
/// graph out).
/// </summary>
public interface IEcosystemExtractor
{
    /// <summary>Stable identifier ("npm", "nuget").</summary>
    string Id { get; }

    Ecosystem Ecosystem { get; }

    /// <summary>Bumped whenever the output for the same input changes, so stored results are refreshed.</summary>
    int Version { get; }

    /// <summary>File-name patterns (no directories): "package-lock.json", "*.csproj".</summary>
    IReadOnlyList<string> FilePatterns { get; }

    /// <summary>
    /// Builds the graphs for <paramref name="files"/> (repository-relative paths matching
    /// <see cref="FilePatterns"/>). A file that cannot be read or parsed becomes an
    /// <see cref="ExtractionError"/>; it never stops the other files.
    /// </summary>
    ExtractionResult Extract(IRepositoryFiles repository, IReadOnlyList<string> files, CancellationToken cancellationToken);
}
