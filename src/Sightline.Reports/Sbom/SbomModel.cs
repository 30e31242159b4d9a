namespace Sightline.Reports.Sbom;

/// <summary>
/// A bill of materials as Sightline knows it, independent of the output format: the subject (a repository
/// at a revision, or a service built from repositories), every component with its identity, scope, hashes
/// and licences, and the dependency graph. Writers translate it; they never look anything up.
/// </summary>
public sealed record SbomDocument(SbomSubject Subject, IReadOnlyList<SbomComponent> Components, IReadOnlyList<SbomDependency> Dependencies, SbomMetadata Metadata);

/// <summary>What the document describes. <paramref name="Parts"/>: for a service, the repositories it is built from (each a component too).</summary>
public sealed record SbomSubject(string BomRef, string Name, string? Version, SbomSubjectKind Kind, string? Revision, string? RepositoryUrl, IReadOnlyList<string> Parts)
{
    /// <summary>The licences the subject's own manifests declare (package.json, Cargo.toml, pom.xml...), as written.</summary>
    public IReadOnlyList<string> Licenses { get; init; } = [];

    /// <summary>Who supplies it (sightline.yaml's sbom.supplier or --supplier); null when nobody said.</summary>
    public string? Supplier { get; init; }

    /// <summary>What is known of each part (by its ref in <see cref="Parts"/>): the repository's name, revision and URL.</summary>
    public IReadOnlyDictionary<string, SbomPart> PartDetails { get; init; } = new Dictionary<string, SbomPart>(StringComparer.Ordinal);
}

/// <summary>A repository a service is built from, at the revision the index holds.</summary>
public sealed record SbomPart(string Name, string? Version, string? Revision, string? RepositoryUrl);

public enum SbomSubjectKind
{
    Repository,
    Service,
}

/// <param name="BomRef">Unique in the document and stable across runs (the purl, qualified when a package appears twice).</param>
/// <param name="Scope">runtime, dev, test, optional, peer, provided (Sightline's scopes).</param>
/// <param name="Direct">Declared by a manifest of the subject rather than pulled in.</param>
/// <param name="Manifest">The manifest (repository-relative) that resolves it; "repository:manifest" for a service.</param>
public sealed record SbomComponent(string BomRef, string Ecosystem, string Name, string? Version, string Purl, string Scope, bool Direct, string Manifest,
    IReadOnlyList<SbomHash> Hashes, IReadOnlyList<string> Licenses, string? Supplier, string? Source);

/// <param name="Algorithm">As CycloneDX spells it: SHA-1, SHA-256, SHA-384, SHA-512 (SPDX writers map to SHA1, SHA256...).</param>
/// <param name="Value">Lower-case hex.</param>
public sealed record SbomHash(string Algorithm, string Value);

/// <summary>One node's direct dependencies, by bom-ref; <paramref name="Dev"/> marks edges that only dev/test scopes use.</summary>
public sealed record SbomDependency(string Ref, IReadOnlyList<string> DependsOn, IReadOnlyList<string> DevDependsOn);

/// <param name="Timestamp">When the document was made (fixed by --reproducible).</param>
/// <param name="SerialNumber">"urn:uuid:..." (CycloneDX) — derived from the content when reproducible.</param>
/// <param name="Namespace">SPDX document namespace URI.</param>
public sealed record SbomMetadata(string ToolName, string ToolVersion, DateTimeOffset Timestamp, string SerialNumber, string Namespace);
