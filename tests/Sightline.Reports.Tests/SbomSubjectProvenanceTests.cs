using System.Text;
using System.Xml.Linq;
using Sightline.Reports.Sbom;
using Sightline.Reports.Tests.CycloneDx;
using Sightline.Reports.Tests.Spdx;
using Xunit;

namespace Sightline.Reports.Tests;

/// <summary>The subject's own licence (from its manifests) and supplier reach every format, valid against the schemas.</summary>
public sealed class SbomSubjectProvenanceTests
{
    private static SbomDocument Declared(params string[] licenses) => CycloneDxSamples.Small with
    {
        Subject = CycloneDxSamples.Repository with { Licenses = licenses, Supplier = "Acme Corp" },
    };

    [Fact]
    public async Task CycloneDxJson_SubjectCarriesItsLicenceAndSupplier_AndValidates()
    {
        var document = Declared("Apache-2.0");
        var subject = CycloneDxOutput.Parse(document).GetProperty("metadata").GetProperty("component");

        Assert.Equal("Acme Corp", subject.GetProperty("supplier").GetProperty("name").GetString());
        Assert.Equal("Apache-2.0", subject.GetProperty("licenses")[0].GetProperty("license").GetProperty("id").GetString());
        Assert.Empty(await CycloneDxSchema.ValidateAsync(CycloneDxOutput.Json(document)));
    }

    [Fact]
    public async Task CycloneDxJson_AnExpressionAndSeveralLicences_KeepTheSchemaShape()
    {
        var expression = CycloneDxOutput.Parse(Declared("MIT OR Apache-2.0")).GetProperty("metadata").GetProperty("component");
        var several = CycloneDxOutput.Parse(Declared("MIT", "Acme Proprietary")).GetProperty("metadata").GetProperty("component");

        Assert.Equal("MIT OR Apache-2.0", expression.GetProperty("licenses")[0].GetProperty("expression").GetString());
        Assert.Equal(["MIT", "Acme Proprietary"], several.GetProperty("licenses").EnumerateArray()
            .Select(l => l.GetProperty("license").TryGetProperty("id", out var id) ? id.GetString() : l.GetProperty("license").GetProperty("name").GetString()));
        Assert.Empty(await CycloneDxSchema.ValidateAsync(CycloneDxOutput.Json(Declared("MIT", "Acme Proprietary"))));
    }

    [Fact]
    public void CycloneDxXml_SubjectCarriesItsLicenceAndSupplier()
    {
        XNamespace bom = "http://cyclonedx.org/schema/bom/1.6";
        var xml = CycloneDxOutput.XmlBytes(Declared("Apache-2.0"));
        var subject = XDocument.Parse(Encoding.UTF8.GetString(xml)).Root!.Element(bom + "metadata")!.Element(bom + "component")!;

        Assert.Equal("Acme Corp", subject.Element(bom + "supplier")!.Element(bom + "name")!.Value);
        Assert.Equal("Apache-2.0", subject.Element(bom + "licenses")!.Element(bom + "license")!.Element(bom + "id")!.Value);
        Assert.Empty(CycloneDxXsd.Validate(xml));
    }

    [Fact]
    public void Spdx_SubjectPackageDeclaresTheLicenceAndSupplier_BothSerialisations()
    {
        var document = Declared("MIT", "Acme Proprietary");
        var root = SpdxJson.Root(SpdxSamples.Json(document));
        var subjectId = root.GetProperty("documentDescribes")[0].GetString()!;
        var subject = SpdxJson.Package(root, subjectId);
        var tagValue = Encoding.UTF8.GetString(SpdxSamples.TagValue(document));

        Assert.Equal("Organization: Acme Corp", subject.GetProperty("supplier").GetString());
        Assert.Equal("MIT AND LicenseRef-Acme-Proprietary", subject.GetProperty("licenseDeclared").GetString());
        Assert.Contains(root.GetProperty("hasExtractedLicensingInfos").EnumerateArray(),
            l => l.GetProperty("licenseId").GetString() == "LicenseRef-Acme-Proprietary" && l.GetProperty("extractedText").GetString() == "Acme Proprietary");
        Assert.Contains("PackageSupplier: Organization: Acme Corp", tagValue, StringComparison.Ordinal);
        Assert.Contains("PackageLicenseDeclared: MIT AND LicenseRef-Acme-Proprietary", tagValue, StringComparison.Ordinal);
    }

    [Fact]
    public void NoDeclaredLicenceOrSupplier_StaysUnsaid()
    {
        var subject = CycloneDxOutput.Parse(CycloneDxSamples.Small).GetProperty("metadata").GetProperty("component");
        var root = SpdxJson.Root(SpdxSamples.Json(CycloneDxSamples.Small));
        var package = SpdxJson.Package(root, root.GetProperty("documentDescribes")[0].GetString()!);

        Assert.False(subject.TryGetProperty("licenses", out _));
        Assert.False(subject.TryGetProperty("supplier", out _));
        Assert.Equal("NOASSERTION", package.GetProperty("licenseDeclared").GetString());
        Assert.Equal("NOASSERTION", package.GetProperty("supplier").GetString());
    }

    [Fact]
    public async Task ServiceParts_CarryTheirRepositoryRevisionAndUrl_InEveryFormat()
    {
        var document = CycloneDxSamples.Service with
        {
            Subject = CycloneDxSamples.Service.Subject with
            {
                PartDetails = new Dictionary<string, SbomPart>
                {
                    ["repo:acme/api"] = new("api", "9f86d081884c", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b", "https://github.com/acme/api"),
                },
            },
        };

        var parts = CycloneDxOutput.Parse(document).GetProperty("metadata").GetProperty("component").GetProperty("components").EnumerateArray()
            .ToDictionary(c => c.GetProperty("bom-ref").GetString()!);
        var api = parts["repo:acme/api"];
        Assert.Equal(("api", "9f86d081884c"), (api.GetProperty("name").GetString(), api.GetProperty("version").GetString()));
        Assert.Equal("https://github.com/acme/api", api.GetProperty("externalReferences")[0].GetProperty("url").GetString());
        Assert.Equal("repo:acme/web", parts["repo:acme/web"].GetProperty("name").GetString()); // nothing known: its ref
        Assert.Empty(await CycloneDxSchema.ValidateAsync(CycloneDxOutput.Json(document)));
        Assert.Empty(CycloneDxXsd.Validate(CycloneDxOutput.XmlBytes(document)));

        var spdx = SpdxJson.Root(SpdxSamples.Json(document));
        var package = spdx.GetProperty("packages").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "api");
        Assert.Equal("9f86d081884c", package.GetProperty("versionInfo").GetString());
        Assert.Equal("revision 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b", package.GetProperty("sourceInfo").GetString());
        Assert.Equal("https://github.com/acme/api", package.GetProperty("downloadLocation").GetString());
    }
}
