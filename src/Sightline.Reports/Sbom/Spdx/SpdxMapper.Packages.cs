namespace Sightline.Reports.Sbom.Spdx;

/// <summary>The three kinds of package: the subject, a component, and a service part the model did not list as a component.</summary>
internal static partial class SpdxMapper
{
    private const string NoAssertion = SpdxDocumentModel.NoAssertion;

    private static SpdxPackage Subject(SbomSubject subject, SpdxIds ids, SpdxLicenses licenses) => new(
        ids[subject.BomRef],
        subject.Name,
        subject.Version,
        SpdxValues.Supplier(subject.Supplier),
        SpdxValues.DownloadLocation(subject.RepositoryUrl),
        [],
        NoAssertion,
        licenses.Declared(subject.Licenses),
        // SPDX 2.3 has no revision field; sourceInfo is where the origin of a package is described.
        subject.Revision is { Length: > 0 } revision ? "revision " + revision : null,
        null,
        "APPLICATION");

    private static SpdxPackage Component(SbomComponent component, SpdxIds ids, SpdxLicenses licenses, string purpose) => new(
        ids[component.BomRef],
        component.Name,
        component.Version,
        SpdxValues.Supplier(component.Supplier),
        SpdxValues.DownloadLocation(component.Source),
        Checksums(component.Hashes),
        // Sightline reads what the package declares; it never concludes a licence itself.
        NoAssertion,
        licenses.Declared(component.Licenses),
        null,
        string.IsNullOrWhiteSpace(component.Purl) ? null : component.Purl,
        purpose);

    /// <summary>A repository the service is built from: its name, revision and URL when known, else just its ref.</summary>
    private static SpdxPackage Part(string bomRef, SbomPart? details, SpdxIds ids) => details is null
        ? new(ids[bomRef], bomRef, null, NoAssertion, NoAssertion, [], NoAssertion, NoAssertion, null, null, "SOURCE")
        : new(ids[bomRef], details.Name, details.Version, NoAssertion, SpdxValues.DownloadLocation(details.RepositoryUrl), [], NoAssertion, NoAssertion,
            details.Revision is { Length: > 0 } revision ? "revision " + revision : null, null, "SOURCE");

    private static List<SpdxChecksum> Checksums(IReadOnlyList<SbomHash> hashes) =>
        [.. hashes
            .Select(h => SpdxValues.ChecksumAlgorithm(h.Algorithm) is { } algorithm ? new SpdxChecksum(algorithm, h.Value.ToLowerInvariant()) : null)
            .OfType<SpdxChecksum>()
            .Distinct()
            .OrderBy(c => c.Algorithm, StringComparer.Ordinal)
            .ThenBy(c => c.Value, StringComparer.Ordinal)];
}
