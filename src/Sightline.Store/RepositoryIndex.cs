using Sightline.Core.Extraction;
using Sightline.Core.Model;

namespace Sightline.Store;

/// <summary>What indexing learnt about one repository at one revision: the unit the store replaces atomically.</summary>
public sealed record RepositoryIndex(
    string Name,
    string Location,
    string Revision,
    RevisionKind RevisionKind,
    string? Branch,
    string ExtractorSignature,
    IReadOnlyList<DependencyGraph> Graphs,
    IReadOnlyList<ExtractionError> Problems)
{
    /// <summary>The analysed source files (reachability); empty when code analysis did not run.</summary>
    public IReadOnlyList<StoredCodeFile> Code { get; init; } = [];

    /// <summary>Ownership and deployment facts (CODEOWNERS, catalog, workloads, Dockerfiles, sightline.yaml).</summary>
    public IReadOnlyList<ContextFact> Context { get; init; } = [];
}

public enum RevisionKind
{
    /// <summary>A git commit (with "-dirty" appended when the work tree has changes).</summary>
    Git,

    /// <summary>A SHA-256 over the files of a plain folder.</summary>
    Content,
}

/// <summary>The revision stored for a repository, to decide whether re-indexing can be skipped.</summary>
public sealed record StoredRevision(string Revision, string ExtractorSignature);
