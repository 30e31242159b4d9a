using Sightline.Reports.Sbom;
using Xunit;

namespace Sightline.Reports.Tests.Spdx;

public sealed class SpdxValueTests
{
    private static System.Text.Json.JsonElement Package(SbomComponent component) =>
        SpdxJson.Package(
            SpdxJson.Root(SpdxSamples.Json(SpdxSamples.Empty() with { Components = [component] })),
            "SPDXRef-pkg-npm-x-1");

    [Theory]
    [InlineData(null, "NOASSERTION")]
    [InlineData("  ", "NOASSERTION")]
    [InlineData("Acme Corp", "Organization: Acme Corp")]
    [InlineData("Person: Jane Doe (jane@example.com)", "Person: Jane Doe (jane@example.com)")]
    [InlineData("Organization: Acme", "Organization: Acme")]
    public void Supplier_IsAnOrganizationUnlessAlreadyTyped(string? supplier, string expected) =>
        Assert.Equal(expected, SpdxJson.String(Package(SpdxSamples.Component("pkg:npm/x@1", "x", "1", supplier: supplier)), "supplier"));

    [Theory]
    [InlineData("https://registry.npmjs.org/x/-/x-1.tgz", "https://registry.npmjs.org/x/-/x-1.tgz")]
    [InlineData("git+https://github.com/acme/x.git", "git+https://github.com/acme/x.git")]
    [InlineData("npm", "NOASSERTION")]
    [InlineData("/home/dev/x", "NOASSERTION")]
    [InlineData("https://example.com/a b", "NOASSERTION")]
    [InlineData(null, "NOASSERTION")]
    public void DownloadLocation_AcceptsOnlyUrls(string? source, string expected) =>
        Assert.Equal(expected, SpdxJson.String(Package(SpdxSamples.Component("pkg:npm/x@1", "x", "1", source: source)), "downloadLocation"));

    [Fact]
    public void Checksums_MapAlgorithmNames_AndDropOnesSpdxCannotName()
    {
        var component = SpdxSamples.Component("pkg:npm/x@1", "x", "1") with
        {
            Hashes = [new SbomHash("SHA-512", "ab"), new SbomHash("MD5", "cd"), new SbomHash("SHA-384", "ef"), new SbomHash("SHA-512", "ab")],
        };

        Assert.Equal(["SHA384: ef", "SHA512: ab"], SpdxJson.Checksums(Package(component)));
    }

    [Fact]
    public void ComponentWithoutPurl_HasNoExternalRefs() =>
        Assert.Empty(SpdxJson.Purls(Package(SpdxSamples.Component("pkg:npm/x@1", "x", "1") with { Purl = "" })));
}
