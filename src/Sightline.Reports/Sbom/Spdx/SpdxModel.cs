namespace Sightline.Reports.Sbom.Spdx;

/// <summary>
/// The SPDX 2.3 document both writers render, already mapped, sanitised and sorted: the JSON and tag:value
/// outputs cannot disagree because neither makes a decision of its own.
/// </summary>
internal sealed record SpdxDocumentModel(
    string Name,
    string Namespace,
    string Created,
    string Creator,
    string DescribedId,
    IReadOnlyList<SpdxPackage> Packages,
    IReadOnlyList<SpdxExtractedLicense> ExtractedLicenses,
    IReadOnlyList<SpdxRelationship> Relationships)
{
    public const string SpdxVersion = "SPDX-2.3";
    public const string DataLicense = "CC0-1.0";
    public const string DocumentId = "SPDXRef-DOCUMENT";
    public const string NoAssertion = "NOASSERTION";
}

/// <param name="Purl">Written as the single PACKAGE-MANAGER/purl external reference; null when the component has none.</param>
internal sealed record SpdxPackage(
    string Id,
    string Name,
    string? Version,
    string Supplier,
    string DownloadLocation,
    IReadOnlyList<SpdxChecksum> Checksums,
    string LicenseConcluded,
    string LicenseDeclared,
    string? SourceInfo,
    string? Purl,
    string Purpose);

/// <param name="Algorithm">SPDX spelling: SHA1, SHA256, SHA384, SHA512.</param>
internal sealed record SpdxChecksum(string Algorithm, string Value);

internal sealed record SpdxRelationship(string Element, string Type, string Related);

/// <summary>A licence text that is not an SPDX expression, kept as LicenseRef-… with the original text.</summary>
internal sealed record SpdxExtractedLicense(string Id, string Name, string Text);
