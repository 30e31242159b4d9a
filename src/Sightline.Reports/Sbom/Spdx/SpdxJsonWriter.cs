using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sightline.Reports.Sbom.Spdx;

/// <summary>SPDX 2.3 JSON. Deterministic: packages sorted by SPDXID, relationships sorted, "\n" line ends.</summary>
public static class SpdxJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // The default encoder escapes '+' and '<' (HTML safety) which would turn "GPL-2.0+" into "GPL-2.0\u002B".
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(SbomDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = SpdxMapper.Map(document);
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("spdxVersion", SpdxDocumentModel.SpdxVersion);
        w.WriteString("dataLicense", SpdxDocumentModel.DataLicense);
        w.WriteString("SPDXID", SpdxDocumentModel.DocumentId);
        w.WriteString("name", model.Name);
        w.WriteString("documentNamespace", model.Namespace);
        w.WriteStartObject("creationInfo");
        w.WriteString("created", model.Created);
        w.WriteStartArray("creators");
        w.WriteStringValue(model.Creator);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("documentDescribes");
        w.WriteStringValue(model.DescribedId);
        w.WriteEndArray();
        w.WriteStartArray("packages");
        foreach (var package in model.Packages)
        {
            WritePackage(w, package);
        }

        w.WriteEndArray();
        if (model.ExtractedLicenses.Count > 0)
        {
            w.WriteStartArray("hasExtractedLicensingInfos");
            foreach (var license in model.ExtractedLicenses)
            {
                w.WriteStartObject();
                w.WriteString("licenseId", license.Id);
                w.WriteString("extractedText", license.Text);
                w.WriteString("name", license.Name);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("relationships");
        foreach (var relationship in model.Relationships)
        {
            w.WriteStartObject();
            w.WriteString("spdxElementId", relationship.Element);
            w.WriteString("relationshipType", relationship.Type);
            w.WriteString("relatedSpdxElement", relationship.Related);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WritePackage(Utf8JsonWriter w, SpdxPackage package)
    {
        w.WriteStartObject();
        w.WriteString("name", package.Name);
        w.WriteString("SPDXID", package.Id);
        if (package.Version is not null)
        {
            w.WriteString("versionInfo", package.Version);
        }

        w.WriteString("supplier", package.Supplier);
        w.WriteString("downloadLocation", package.DownloadLocation);
        w.WriteBoolean("filesAnalyzed", false);
        if (package.Checksums.Count > 0)
        {
            w.WriteStartArray("checksums");
            foreach (var checksum in package.Checksums)
            {
                w.WriteStartObject();
                w.WriteString("algorithm", checksum.Algorithm);
                w.WriteString("checksumValue", checksum.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteString("licenseConcluded", package.LicenseConcluded);
        w.WriteString("licenseDeclared", package.LicenseDeclared);
        if (package.SourceInfo is not null)
        {
            w.WriteString("sourceInfo", package.SourceInfo);
        }

        if (package.Purl is not null)
        {
            w.WriteStartArray("externalRefs");
            w.WriteStartObject();
            w.WriteString("referenceCategory", "PACKAGE-MANAGER");
            w.WriteString("referenceType", "purl");
            w.WriteString("referenceLocator", package.Purl);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteString("primaryPackagePurpose", package.Purpose);
        w.WriteEndObject();
    }
}
