using Sightline.Reports.Sbom;
using Xunit;

namespace Sightline.Reports.Tests.Spdx;

public sealed class SpdxLicenceTests
{
    private static SbomDocument WithLicences(params string[] licences) => new(
        new SbomSubject("repo:acme/lic", "acme/lic", null, SbomSubjectKind.Repository, null, null, []),
        [SpdxSamples.Component("pkg:npm/x@1", "x", "1", licences)],
        [],
        SpdxSamples.Metadata);

    private static string? Declared(params string[] licences) =>
        SpdxJson.String(SpdxJson.Package(SpdxJson.Root(SpdxSamples.Json(WithLicences(licences))), "SPDXRef-pkg-npm-x-1"), "licenseDeclared");

    [Theory]
    [InlineData("MIT", "MIT")]
    [InlineData("GPL-2.0+", "GPL-2.0+")]
    [InlineData("Apache-2.0 WITH LLVM-exception", "Apache-2.0 WITH LLVM-exception")]
    [InlineData("(MIT OR Apache-2.0) AND 0BSD", "(MIT OR Apache-2.0) AND 0BSD")]
    [InlineData("LicenseRef-acme-internal", "LicenseRef-acme-internal")]
    [InlineData("NONE", "NONE")]
    [InlineData("UNLICENSED", "LicenseRef-UNLICENSED")]
    [InlineData("MIT OR", "LicenseRef-MIT-OR")]
    [InlineData("(MIT", "LicenseRef--MIT")]
    [InlineData("SEE LICENSE IN LICENSE.md", "LicenseRef-SEE-LICENSE-IN-LICENSE.md")]
    public void OneLicence_IsKeptWhenItParsesAsAnExpression_ElseBecomesALicenseRef(string licence, string declared) =>
        Assert.Equal(declared, Declared(licence));

    [Fact]
    public void SeveralLicences_AreJoinedWithAnd_CompoundOnesParenthesised_DuplicatesOnce() =>
        Assert.Equal("MIT AND (BSD-2-Clause OR ISC) AND LicenseRef-Public-Domain", Declared("MIT", "BSD-2-Clause OR ISC", "MIT", "Public Domain"));

    [Fact]
    public void NoLicences_DeclareNoAssertion() => Assert.Equal("NOASSERTION", Declared());

    [Fact]
    public void LicenseRefs_AreListedWithTheOriginalText()
    {
        var root = SpdxJson.Root(SpdxSamples.Json(WithLicences("Public Domain", "UNLICENSED", "Public/Domain")));

        Assert.Equal(
            ["LicenseRef-Public-Domain = Public Domain", "LicenseRef-Public-Domain-2 = Public/Domain", "LicenseRef-UNLICENSED = UNLICENSED"],
            root.GetProperty("hasExtractedLicensingInfos").EnumerateArray()
                .Select(l => SpdxJson.String(l, "licenseId") + " = " + SpdxJson.String(l, "extractedText")));
        Assert.Equal("LicenseRef-Public-Domain AND LicenseRef-UNLICENSED AND LicenseRef-Public-Domain-2", Declared("Public Domain", "UNLICENSED", "Public/Domain"));
    }
}
