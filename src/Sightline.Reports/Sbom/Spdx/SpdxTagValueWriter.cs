using System.Text;

namespace Sightline.Reports.Sbom.Spdx;

/// <summary>
/// SPDX 2.3 tag:value: the document creation section, one PackageName: block per package (sorted by SPDXID),
/// the extracted licences, then the Relationship: lines. UTF-8 without BOM, "\n" line ends.
/// </summary>
public static class SpdxTagValueWriter
{
    public static void Write(SbomDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = SpdxMapper.Map(document);
        using var w = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 4096, leaveOpen: true) { NewLine = "\n" };
        Line(w, "SPDXVersion", SpdxDocumentModel.SpdxVersion);
        Line(w, "DataLicense", SpdxDocumentModel.DataLicense);
        Line(w, "SPDXID", SpdxDocumentModel.DocumentId);
        Line(w, "DocumentName", model.Name);
        Line(w, "DocumentNamespace", model.Namespace);
        Line(w, "Creator", model.Creator);
        Line(w, "Created", model.Created);
        foreach (var package in model.Packages)
        {
            w.WriteLine();
            WritePackage(w, package);
        }

        foreach (var license in model.ExtractedLicenses)
        {
            w.WriteLine();
            Line(w, "LicenseID", license.Id);
            Text(w, "ExtractedText", license.Text);
            Line(w, "LicenseName", license.Name);
        }

        w.WriteLine();
        foreach (var relationship in model.Relationships)
        {
            Line(w, "Relationship", relationship.Element + " " + relationship.Type + " " + relationship.Related);
        }
    }

    private static void WritePackage(StreamWriter w, SpdxPackage package)
    {
        Line(w, "PackageName", package.Name);
        Line(w, "SPDXID", package.Id);
        if (package.Version is not null)
        {
            Line(w, "PackageVersion", package.Version);
        }

        Line(w, "PackageSupplier", package.Supplier);
        Line(w, "PackageDownloadLocation", package.DownloadLocation);
        Line(w, "FilesAnalyzed", "false");
        foreach (var checksum in package.Checksums)
        {
            Line(w, "PackageChecksum", checksum.Algorithm + ": " + checksum.Value);
        }

        Line(w, "PackageLicenseConcluded", package.LicenseConcluded);
        Line(w, "PackageLicenseDeclared", package.LicenseDeclared);
        if (package.SourceInfo is not null)
        {
            Text(w, "PackageSourceInfo", package.SourceInfo);
        }

        if (package.Purl is not null)
        {
            Line(w, "ExternalRef", "PACKAGE-MANAGER purl " + package.Purl);
        }

        Line(w, "PrimaryPackagePurpose", package.Purpose);
    }

    /// <summary>A single-line field; a value that spans lines would end the field early, so it goes in &lt;text&gt;.</summary>
    private static void Line(StreamWriter w, string tag, string value)
    {
        if (value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
        {
            Text(w, tag, value);
            return;
        }

        w.WriteLine(tag + ": " + value);
    }

    /// <summary>
    /// A free-text field. The syntax has no escape for "&lt;/text&gt;" inside the text, so that one sequence is
    /// written with its '&lt;' as "&amp;lt;" to keep the field from ending early.
    /// </summary>
    private static void Text(StreamWriter w, string tag, string value) =>
        w.WriteLine(tag + ": <text>" + value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("</text>", "&lt;/text>", StringComparison.Ordinal) + "</text>");
}
