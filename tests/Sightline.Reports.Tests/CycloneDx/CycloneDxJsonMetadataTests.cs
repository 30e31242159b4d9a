using Sightline.Reports.Sbom;
using Sightline.Reports.Sbom.CycloneDx;
using Xunit;
using static Sightline.Reports.Tests.CycloneDx.CycloneDxOutput;

namespace Sightline.Reports.Tests.CycloneDx;

public sealed class CycloneDxJsonMetadataTests
{
    [Fact]
    public void Header_NamesFormatSpecSerialAndVersion()
    {
        var bom = Parse(CycloneDxSamples.Empty);

        Assert.Equal("CycloneDX", bom.GetProperty("bomFormat").GetString());
        Assert.Equal("1.6", bom.GetProperty("specVersion").GetString());
        Assert.Equal("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79", bom.GetProperty("serialNumber").GetString());
        Assert.Equal(1, bom.GetProperty("version").GetInt32());
        Assert.Equal(0, bom.GetProperty("components").GetArrayLength());
        Assert.Equal(0, bom.GetProperty("dependencies").GetArrayLength());
    }

    [Fact]
    public void Timestamp_IsUtcToTheSecond()
    {
        Assert.Equal("2025-03-04T08:20:30Z", Parse(CycloneDxSamples.Empty).GetProperty("metadata").GetProperty("timestamp").GetString());
    }

    [Fact]
    public void Tool_IsAnApplicationComponent()
    {
        var tool = Assert.Single(Parse(CycloneDxSamples.Empty).GetProperty("metadata").GetProperty("tools").GetProperty("components").EnumerateArray());

        Assert.Equal("{\"type\":\"application\",\"name\":\"sightline\",\"version\":\"1.4.0\"}", System.Text.Json.JsonSerializer.Serialize(tool));
    }

    [Fact]
    public void RepositorySubject_CarriesRevisionAndVcsReference()
    {
        var subject = Parse(CycloneDxSamples.Realistic).GetProperty("metadata").GetProperty("component");

        Assert.Equal("repo:acme/shop", subject.GetProperty("bom-ref").GetString());
        Assert.Equal("application", subject.GetProperty("type").GetString());
        Assert.Equal("[{\"url\":\"https://github.com/acme/shop.git\",\"type\":\"vcs\"}]",
            System.Text.Json.JsonSerializer.Serialize(subject.GetProperty("externalReferences")));
        Assert.Equal(
            "[{\"name\":\"sightline:revision\",\"value\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b\"},{\"name\":\"sightline:subject-kind\",\"value\":\"repository\"}]",
            System.Text.Json.JsonSerializer.Serialize(subject.GetProperty("properties")));
    }

    [Fact]
    public void ServiceSubject_NestsPartsThatAreNotAlreadyComponents()
    {
        var subject = Parse(CycloneDxSamples.Service).GetProperty("metadata").GetProperty("component");

        Assert.Equal("2025.03", subject.GetProperty("version").GetString());
        Assert.Equal(
            "[{\"type\":\"application\",\"bom-ref\":\"repo:acme/api\",\"name\":\"repo:acme/api\"},{\"type\":\"application\",\"bom-ref\":\"repo:acme/web\",\"name\":\"repo:acme/web\"}]",
            System.Text.Json.JsonSerializer.Serialize(subject.GetProperty("components")));
    }

    [Fact]
    public void MalformedSerialNumber_IsLeftOut()
    {
        var document = CycloneDxSamples.Empty with { Metadata = CycloneDxSamples.Metadata with { SerialNumber = "urn:uuid:NOT-A-UUID" } };

        Assert.False(Parse(document).TryGetProperty("serialNumber", out _));
    }

    [Fact]
    public void DuplicateBomRef_IsRejected()
    {
        var document = CycloneDxSamples.Empty with { Components = [CycloneDxSamples.Lodash, CycloneDxSamples.Lodash] };

        var error = Assert.Throws<ArgumentException>(() => CycloneDxJsonWriter.Write(document, Stream.Null));

        Assert.StartsWith("bom-ref 'pkg:npm/lodash@4.17.21' appears more than once in the SBOM", error.Message, StringComparison.Ordinal);
    }
}
