namespace Sightline.Reports.Sbom.CycloneDx;

/// <summary>
/// The document as CycloneDX sees it, already sorted, deduplicated and filtered: both writers serialise this one
/// view so the JSON and the XML can never disagree about what is in the BOM.
/// </summary>
internal sealed record CdxBom(
    string? SerialNumber,
    string Timestamp,
    string ToolName,
    string ToolVersion,
    CdxComponent Subject,
    IReadOnlyList<CdxComponent> Components,
    IReadOnlyList<CdxDependency> Dependencies);

/// <summary>One component; <paramref name="Components"/> holds nested components (a service subject's parts).</summary>
internal sealed record CdxComponent(
    string Type,
    string BomRef,
    string? Supplier,
    string? Group,
    string Name,
    string? Version,
    string? Scope,
    IReadOnlyList<SbomHash> Hashes,
    IReadOnlyList<CdxLicense> Licenses,
    string? Purl,
    IReadOnlyList<CdxReference> ExternalReferences,
    IReadOnlyList<CdxProperty> Properties,
    IReadOnlyList<CdxComponent> Components);

internal enum CdxLicenseKind
{
    /// <summary>An SPDX id from the list CycloneDX accepts.</summary>
    Id,

    /// <summary>Free text: a licence SPDX does not name, or text that is neither an id nor an expression.</summary>
    Name,

    /// <summary>An SPDX expression; CycloneDX allows it only as the sole entry of a licence choice.</summary>
    Expression,
}

internal sealed record CdxLicense(CdxLicenseKind Kind, string Value);

internal sealed record CdxReference(string Type, string Url);

internal sealed record CdxProperty(string Name, string Value);

internal sealed record CdxDependency(string Ref, IReadOnlyList<string> DependsOn);
