using System.Text.Json;
using Xunit;

namespace Sightline.Reports.Tests.Spdx;

public sealed class SpdxJsonWriterTests
{
    private static readonly JsonElement Shop = SpdxJson.Root(SpdxSamples.Json(SpdxSamples.NpmAndMaven()));

    [Fact]
    public void Header_NamesTheSubjectAndTheToolWithUtcCreationTime()
    {
        Assert.Equal("SPDX-2.3", SpdxJson.String(Shop, "spdxVersion"));
        Assert.Equal("CC0-1.0", SpdxJson.String(Shop, "dataLicense"));
        Assert.Equal("SPDXRef-DOCUMENT", SpdxJson.String(Shop, "SPDXID"));
        Assert.Equal("acme/shop", SpdxJson.String(Shop, "name"));
        Assert.Equal("https://sightline.dev/spdx/acme-shop-9f2c1e7", SpdxJson.String(Shop, "documentNamespace"));
        var creation = Shop.GetProperty("creationInfo");
        Assert.Equal("2025-03-14T08:30:15Z", SpdxJson.String(creation, "created"));
        Assert.Equal(["Tool: sightline-1.4.0"], creation.GetProperty("creators").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["SPDXRef-repo-acme-shop"], Shop.GetProperty("documentDescribes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void Packages_AreSortedBySpdxId_WithTheSubjectAsAnApplication()
    {
        Assert.Equal(
            [
                "SPDXRef-pkg-maven-com.example-dual-2.0",
                "SPDXRef-pkg-maven-com.example-legacy-1.0",
                "SPDXRef-pkg-maven-org.apache.commons-commons-lang3-3.14.0",
                "SPDXRef-pkg-npm--40types-node-20.11.0",
                "SPDXRef-pkg-npm-body-parser-1.20.2",
                "SPDXRef-pkg-npm-express-4.19.2",
                "SPDXRef-repo-acme-shop",
            ],
            SpdxJson.Ids(Shop));
        var subject = SpdxJson.Package(Shop, "SPDXRef-repo-acme-shop");
        Assert.Equal("2.1.0", SpdxJson.String(subject, "versionInfo"));
        Assert.Equal("https://github.com/acme/shop", SpdxJson.String(subject, "downloadLocation"));
        Assert.Equal("revision 9f2c1e7", SpdxJson.String(subject, "sourceInfo"));
        Assert.Equal("APPLICATION", SpdxJson.String(subject, "primaryPackagePurpose"));
        Assert.False(subject.GetProperty("filesAnalyzed").GetBoolean());
    }

    [Fact]
    public void Component_CarriesChecksumsPurlSupplierAndDeclaredLicence()
    {
        var lang = SpdxJson.Package(Shop, "SPDXRef-pkg-maven-org.apache.commons-commons-lang3-3.14.0");

        Assert.Equal("org.apache.commons:commons-lang3", SpdxJson.String(lang, "name"));
        Assert.Equal("3.14.0", SpdxJson.String(lang, "versionInfo"));
        Assert.Equal("Organization: The Apache Software Foundation", SpdxJson.String(lang, "supplier"));
        Assert.Equal("NOASSERTION", SpdxJson.String(lang, "downloadLocation"));
        Assert.Equal(
            ["SHA1: 5c2f7b5a3a0e1d6b9c8f7e6d5c4b3a2918f7e6d5", "SHA256: aa7c8a7a04b7f1b5e0d3b1e4c6bbac5f2f2a4f3d1c9e3b8a7f6e5d4c3b2a1f0e"],
            SpdxJson.Checksums(lang));
        Assert.Equal("NOASSERTION", SpdxJson.String(lang, "licenseConcluded"));
        Assert.Equal("Apache-2.0", SpdxJson.String(lang, "licenseDeclared"));
        Assert.Equal(["PACKAGE-MANAGER purl pkg:maven/org.apache.commons/commons-lang3@3.14.0"], SpdxJson.Purls(lang));
        Assert.Equal("LIBRARY", SpdxJson.String(lang, "primaryPackagePurpose"));
    }

    [Fact]
    public void DownloadLocation_IsTheSourceOnlyWhenItIsAUrl()
    {
        Assert.Equal("https://registry.npmjs.org/express/-/express-4.19.2.tgz", SpdxJson.String(SpdxJson.Package(Shop, "SPDXRef-pkg-npm-express-4.19.2"), "downloadLocation"));
        Assert.Equal("NOASSERTION", SpdxJson.String(SpdxJson.Package(Shop, "SPDXRef-pkg-npm-body-parser-1.20.2"), "downloadLocation"));
    }

    [Fact]
    public void Relationships_DescribeTheSubject_DependOnward_AndInvertDevEdges()
    {
        Assert.Equal(
            [
                "SPDXRef-DOCUMENT DESCRIBES SPDXRef-repo-acme-shop",
                "SPDXRef-pkg-maven-org.apache.commons-commons-lang3-3.14.0 DEPENDS_ON SPDXRef-pkg-maven-com.example-dual-2.0",
                "SPDXRef-pkg-maven-org.apache.commons-commons-lang3-3.14.0 DEPENDS_ON SPDXRef-pkg-maven-com.example-legacy-1.0",
                "SPDXRef-pkg-npm--40types-node-20.11.0 DEV_DEPENDENCY_OF SPDXRef-repo-acme-shop",
                "SPDXRef-pkg-npm-express-4.19.2 DEPENDS_ON SPDXRef-pkg-npm-body-parser-1.20.2",
                "SPDXRef-repo-acme-shop DEPENDS_ON SPDXRef-pkg-maven-org.apache.commons-commons-lang3-3.14.0",
                "SPDXRef-repo-acme-shop DEPENDS_ON SPDXRef-pkg-npm-express-4.19.2",
            ],
            SpdxJson.Relationships(Shop));
    }

    [Fact]
    public void ServiceSubject_ContainsItsParts_EvenOneThatIsNotAComponent()
    {
        var service = SpdxJson.Root(SpdxSamples.Json(SpdxSamples.Service()));

        Assert.Equal(["SPDXRef-pkg-npm-express-4.19.2", "SPDXRef-repo-acme-payments", "SPDXRef-repo-acme-shop", "SPDXRef-service-checkout"], SpdxJson.Ids(service));
        Assert.Equal(
            [
                "SPDXRef-DOCUMENT DESCRIBES SPDXRef-service-checkout",
                "SPDXRef-repo-acme-shop DEPENDS_ON SPDXRef-pkg-npm-express-4.19.2",
                "SPDXRef-service-checkout CONTAINS SPDXRef-repo-acme-payments",
                "SPDXRef-service-checkout CONTAINS SPDXRef-repo-acme-shop",
            ],
            SpdxJson.Relationships(service));
        Assert.Equal("SOURCE", SpdxJson.String(SpdxJson.Package(service, "SPDXRef-repo-acme-shop"), "primaryPackagePurpose"));
        var payments = SpdxJson.Package(service, "SPDXRef-repo-acme-payments");
        Assert.Equal("repo:acme/payments", SpdxJson.String(payments, "name"));
        Assert.Equal("SOURCE", SpdxJson.String(payments, "primaryPackagePurpose"));
        Assert.Equal("APPLICATION", SpdxJson.String(SpdxJson.Package(service, "SPDXRef-service-checkout"), "primaryPackagePurpose"));
    }

    [Fact]
    public void EmptyDocument_HasOnlyTheSubjectAndDescribes()
    {
        var empty = SpdxJson.Root(SpdxSamples.Json(SpdxSamples.Empty()));

        Assert.Equal(["SPDXRef-repo-acme-empty"], SpdxJson.Ids(empty));
        Assert.Equal(["SPDXRef-DOCUMENT DESCRIBES SPDXRef-repo-acme-empty"], SpdxJson.Relationships(empty));
        Assert.False(empty.TryGetProperty("hasExtractedLicensingInfos", out _));
        Assert.Null(SpdxJson.String(SpdxJson.Package(empty, "SPDXRef-repo-acme-empty"), "versionInfo"));
    }
}
