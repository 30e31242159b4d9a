namespace Sightline.Reports.Vex;

/// <summary>
/// Statements about which advisories affect a product and why, independent of the output format (OpenVEX,
/// CycloneDX VEX). Built from Sightline's verdicts; writers translate, they never look anything up.
/// </summary>
/// <param name="Id">A stable document id (a URN or URL).</param>
public sealed record VexDocument(string Id, string Author, DateTimeOffset Timestamp, int Version, VexProduct Product, IReadOnlyList<VexStatement> Statements);

/// <summary>The product the statements are about: a repository or a service (its bom-ref as in the SBOM) and, when known, a purl.</summary>
public sealed record VexProduct(string BomRef, string Name, string? Version, string? Purl);

/// <param name="Vulnerability">The advisory id (GHSA-..., CVE-...); <paramref name="Aliases"/> its other ids.</param>
/// <param name="Subcomponents">The packages of the product the advisory names (purl and SBOM bom-ref).</param>
/// <param name="ImpactStatement">For not_affected: why, with the evidence (which symbols, that no call site or path exists).</param>
/// <param name="ActionStatement">For affected: what to do (the plan's step), with the trace as evidence in <paramref name="Detail"/>.</param>
/// <param name="Detail">The evidence in full: the verdict's reason, the trace frames, the call sites.</param>
public sealed record VexStatement(
    string Vulnerability,
    IReadOnlyList<string> Aliases,
    string? Description,
    VexStatus Status,
    VexJustification? Justification,
    IReadOnlyList<VexSubcomponent> Subcomponents,
    string? ImpactStatement,
    string? ActionStatement,
    string? Detail,
    DateTimeOffset Timestamp);

public sealed record VexSubcomponent(string Purl, string BomRef);

public enum VexStatus
{
    NotAffected,
    Affected,
    Fixed,
    UnderInvestigation,
}

/// <summary>OpenVEX's justifications (CycloneDX writers map them to their own).</summary>
public enum VexJustification
{
    ComponentNotPresent,
    VulnerableCodeNotPresent,
    VulnerableCodeNotInExecutePath,
    VulnerableCodeCannotBeControlledByAdversary,
    InlineMitigationsAlreadyExist,
}
