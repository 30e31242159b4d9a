using System.Text;
using Sightline.Reports.Sbom;
using Sightline.Tests;
using Xunit;

namespace Sightline.Reports.Tests.Spdx;

public sealed class SpdxTagValueWriterTests
{
    public static TheoryData<string> Documents => ["npm-and-maven", "service", "small"];

    private static SbomDocument Sample(string name) => name switch
    {
        "npm-and-maven" => SpdxSamples.NpmAndMaven(),
        "service" => SpdxSamples.Service(),
        _ => SpdxSamples.Small(),
    };

    [Fact]
    public void SmallDocument_MatchesTheGoldenFile()
    {
        var golden = File.ReadAllText(TestPaths.TestData("Sightline.Reports.Tests", "spdx", "small.spdx"));

        Assert.Equal(golden, Encoding.UTF8.GetString(SpdxSamples.TagValue(SpdxSamples.Small())));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void ParsedBack_HasTheSamePackagesChecksumsPurlsAndRelationshipsAsTheJson(string name)
    {
        var json = SpdxJson.Root(SpdxSamples.Json(Sample(name)));
        var tags = SpdxTagValueReader.Read(Encoding.UTF8.GetString(SpdxSamples.TagValue(Sample(name))));

        Assert.Equal(SpdxJson.Ids(json), tags.Packages.Select(p => SpdxTagValueReader.Field(p, "SPDXID").Single()));
        foreach (var package in tags.Packages)
        {
            var twin = SpdxJson.Package(json, SpdxTagValueReader.Field(package, "SPDXID").Single());
            Assert.Equal([SpdxJson.String(twin, "name")!], SpdxTagValueReader.Field(package, "PackageName"));
            Assert.Equal(SpdxJson.String(twin, "versionInfo") is { } version ? [version] : [], SpdxTagValueReader.Field(package, "PackageVersion"));
            Assert.Equal([SpdxJson.String(twin, "supplier")!], SpdxTagValueReader.Field(package, "PackageSupplier"));
            Assert.Equal([SpdxJson.String(twin, "downloadLocation")!], SpdxTagValueReader.Field(package, "PackageDownloadLocation"));
            Assert.Equal(SpdxJson.Checksums(twin), SpdxTagValueReader.Field(package, "PackageChecksum"));
            Assert.Equal([SpdxJson.String(twin, "licenseDeclared")!], SpdxTagValueReader.Field(package, "PackageLicenseDeclared"));
            Assert.Equal(SpdxJson.Purls(twin), SpdxTagValueReader.Field(package, "ExternalRef"));
            Assert.Equal([SpdxJson.String(twin, "primaryPackagePurpose")!], SpdxTagValueReader.Field(package, "PrimaryPackagePurpose"));
        }

        Assert.Equal(SpdxJson.Relationships(json), tags.Relationships);
        Assert.Equal(
            ["SPDXVersion=SPDX-2.3", "DataLicense=CC0-1.0", "SPDXID=SPDXRef-DOCUMENT", $"DocumentName={SpdxJson.String(json, "name")}",
             $"DocumentNamespace={SpdxJson.String(json, "documentNamespace")}", "Creator=Tool: sightline-1.4.0", "Created=2025-03-14T08:30:15Z"],
            tags.Header.Select(h => h.Tag + "=" + h.Value));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void ExtractedLicences_MatchTheJson(string name)
    {
        var json = SpdxJson.Root(SpdxSamples.Json(Sample(name)));
        var tags = SpdxTagValueReader.Read(Encoding.UTF8.GetString(SpdxSamples.TagValue(Sample(name))));

        Assert.Equal(
            (json.TryGetProperty("hasExtractedLicensingInfos", out var infos) ? infos.EnumerateArray().ToList() : [])
                .Select(l => SpdxJson.String(l, "licenseId") + " | " + SpdxJson.String(l, "extractedText") + " | " + SpdxJson.String(l, "name")),
            tags.Licenses.Select(l => l["LicenseID"].Single() + " | " + l["ExtractedText"].Single() + " | " + l["LicenseName"].Single()));
    }

    [Fact]
    public void MultiLineValues_AreWrappedInTextAndReadBackWhole()
    {
        var document = SpdxSamples.Small() with { Subject = SpdxSamples.Small().Subject with { Name = "acme/tiny\nsecond line", Revision = "a\nb" } };

        var text = Encoding.UTF8.GetString(SpdxSamples.TagValue(document));
        var tags = SpdxTagValueReader.Read(text);

        Assert.Contains("DocumentName: <text>acme/tiny\nsecond line</text>\n", text, StringComparison.Ordinal);
        Assert.Equal("acme/tiny\nsecond line", tags.Header.Single(h => h.Tag == "DocumentName").Value);
        Assert.Equal(["revision a\nb"], SpdxTagValueReader.Field(tags.Packages.Single(p => p.ContainsKey("PackageSourceInfo")), "PackageSourceInfo"));
    }

    [Fact]
    public void Output_IsUtf8WithoutBom_WithUnixLineEnds()
    {
        var bytes = SpdxSamples.TagValue(SpdxSamples.NpmAndMaven());

        Assert.Equal((byte)'S', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void WritingTwice_OrFromReorderedInput_GivesIdenticalBytes(string name)
    {
        var document = Sample(name);
        var reordered = document with { Components = [.. document.Components.Reverse()], Dependencies = [.. document.Dependencies.Reverse()] };

        Assert.Equal(SpdxSamples.TagValue(document), SpdxSamples.TagValue(document));
        Assert.Equal(SpdxSamples.TagValue(document), SpdxSamples.TagValue(reordered));
        Assert.Equal(SpdxSamples.Json(document), SpdxSamples.Json(document));
        Assert.Equal(SpdxSamples.Json(document), SpdxSamples.Json(reordered));
    }

    [Fact]
    public void JsonOutput_KeepsPlusSignsUnescaped()
    {
        var document = SpdxSamples.Small() with { Components = [SpdxSamples.Component("pkg:npm/x@1", "x", "1", ["GPL-2.0+"])] };

        Assert.Contains("\"licenseDeclared\": \"GPL-2.0+\"", Encoding.UTF8.GetString(SpdxSamples.Json(document)), StringComparison.Ordinal);
    }
}
