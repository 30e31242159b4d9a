using System.Text.Json;
using Sightline.Advisories.Osv;
using Sightline.Core.Advisories;
using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Xunit;

namespace Sightline.Advisories.Tests.Osv;

public class OsvParserTests
{
    private static Advisory ParseFixture(string name)
    {
        using var stream = File.OpenRead(OsvFixtures.File(name));
        return OsvParser.Parse(stream, name);
    }

    [Fact]
    public void JsonRecord_KeepsEveryField()
    {
        var a = ParseFixture("GHSA-test-0001.json");

        Assert.Equal("GHSA-test-0001", a.Id);
        Assert.Equal("1.6.0", a.SchemaVersion);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 10, 0, 0, TimeSpan.Zero), a.Modified);
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 8, 30, 0, TimeSpan.Zero).AddTicks(1_234_560), a.Published);
        Assert.Null(a.Withdrawn);
        Assert.Equal(["CVE-2099-0001"], a.Aliases);
        Assert.Equal(["GO-2099-0001"], a.Related);
        Assert.Equal("CVSS_V3", Assert.Single(a.Severity).Type);
        Assert.Equal("https://example.test/GHSA-test-0001", Assert.Single(a.References).Url);
        Assert.Equal("HIGH", JsonDocument.Parse(a.DatabaseSpecificJson!).RootElement.GetProperty("severity").GetString());

        var npm = a.Affected[0];
        Assert.Equal((Ecosystem?)Ecosystem.Npm, npm.Ecosystem);
        Assert.Equal("pkg:npm/left-merge", npm.Purl);
        Assert.Equal([new RangeEvent(RangeEventKind.Introduced, "0"), new RangeEvent(RangeEventKind.Fixed, "1.2.3")], npm.Ranges[0].Events);
        Assert.Equal(["1.0.0", "1.2.2"], npm.Versions);
        Assert.Contains("leftMerge.merge", npm.EcosystemSpecificJson, StringComparison.Ordinal);
        Assert.Contains("fixture", npm.DatabaseSpecificJson, StringComparison.Ordinal);
        Assert.Equal("CVSS_V4", Assert.Single(npm.Severity!).Type);
    }

    [Fact]
    public void UnknownRangeType_IsKeptAsUnknownWithItsName()
    {
        var range = ParseFixture("GHSA-test-0001.json").Affected[0].Ranges[1];

        Assert.Equal(RangeType.Unknown, range.Type);
        Assert.Equal("BAZEL_LABEL", range.TypeName);
        Assert.Equal("//a:b", Assert.Single(range.Events).Version);
    }

    [Fact]
    public void UnsupportedEcosystem_IsKeptWithoutAnEcosystem()
    {
        var debian = ParseFixture("GHSA-test-0001.json").Affected[1];

        Assert.Equal("Debian:11", debian.EcosystemName);
        Assert.Null(debian.Ecosystem);
        Assert.Equal("node-left-merge", debian.Name);
    }

    [Fact]
    public void YamlRecord_ReadsLikeJson_AndOpenObjectsBecomeJsonText()
    {
        var a = ParseFixture("PYSEC-test-1.yaml");

        Assert.Equal("PYSEC-test-1", a.Id);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero), a.Published);
        var p = Assert.Single(a.Affected);
        Assert.Equal((Ecosystem?)Ecosystem.PyPI, p.Ecosystem);
        Assert.Equal("Some_Package", p.Name);
        // An unquoted 1.0 stays "1.0", not 1.
        Assert.Equal(["1.0", "1.0", "1.5.2"], p.Versions);
        Assert.Equal("2.0.1", p.Ranges[0].Events[1].Version);
        var specific = JsonDocument.Parse(p.EcosystemSpecificJson!).RootElement;
        Assert.Equal(["open_path", "read"], specific.GetProperty("imports")[0].GetProperty("symbols").EnumerateArray().Select(s => s.GetString()));
        Assert.True(specific.GetProperty("patched").GetBoolean());
        Assert.Equal(3, specific.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, specific.GetProperty("nothing").ValueKind);
    }

    [Fact]
    public void MalformedJson_IsAnErrorWithLineAndColumn()
    {
        var ex = Assert.Throws<ManifestFormatException>(() => ParseFixture("malformed.json"));

        Assert.StartsWith("invalid JSON", ex.Message, StringComparison.Ordinal);
        Assert.Equal(5, ex.Line);
        Assert.NotNull(ex.Column);
    }

    [Fact]
    public void MalformedYaml_IsAnErrorWithLine()
    {
        var ex = Assert.Throws<ManifestFormatException>(() => ParseFixture("malformed.yaml"));

        Assert.StartsWith("invalid YAML", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Line >= 5, $"line {ex.Line}");
    }

    [Fact]
    public void RecordWithoutId_IsAnError()
    {
        var ex = Assert.Throws<ManifestFormatException>(() => ParseFixture("no-id.json"));

        Assert.Equal("the record has no 'id'", ex.Message);
    }

    [Theory]
    [InlineData("[]", "expected an OSV record")]
    [InlineData("{\"id\":\"X-1\",\"aliases\":\"CVE-1\"}", "X-1: 'aliases' must be an array")]
    [InlineData("{\"id\":\"X-1\",\"modified\":\"yesterday\"}", "X-1: 'modified' is not an RFC 3339 timestamp")]
    [InlineData("{\"id\":\"X-1\",\"affected\":[{\"ecosystem_specific\":[1]}]}", "X-1: 'ecosystem_specific' must be an object")]
    public void WrongShapes_AreErrorsNamingTheRecordAndField(string json, string expected)
    {
        var ex = Assert.Throws<ManifestFormatException>(() => OsvParser.ParseJson(new MemoryStream(OsvFixtures.Utf8(json))));

        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void YamlAliases_AreRefused()
    {
        var yaml = "id: X-1\naliases: &a\n- CVE-1\nrelated: *a\n";

        var ex = Assert.Throws<ManifestFormatException>(() => OsvParser.ParseYaml(new MemoryStream(OsvFixtures.Utf8(yaml))));

        Assert.Contains("aliases are not supported", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, ex.Line);
    }
}
