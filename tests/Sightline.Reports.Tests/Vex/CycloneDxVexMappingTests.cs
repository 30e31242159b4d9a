using System.Text.Json;
using Sightline.Reports.Vex;
using Xunit;

namespace Sightline.Reports.Tests.Vex;

public sealed class CycloneDxVexMappingTests
{
    [Fact]
    public void StatusesAndJustifications_AreWrittenWithTheirCycloneDxNames()
    {
        var bom = VexOutput.Parse(VexOutput.CycloneDx(VexSamples.Every));

        Assert.Equal(
            [
                "CVE-2024-0001 exploitable -", "CVE-2024-0002 resolved -", "CVE-2024-0003 in_triage -",
                "GHSA-0001-0001-0001 not_affected requires_dependency", "GHSA-0002-0002-0002 not_affected code_not_present",
                "GHSA-0003-0003-0003 not_affected code_not_reachable", "GHSA-0004-0004-0004 not_affected requires_environment",
                "GHSA-0005-0005-0005 not_affected protected_by_mitigating_control", "PYSEC-2024-1 not_affected -",
            ],
            Vulnerabilities(bom).Select(v =>
            {
                var analysis = v.GetProperty("analysis");
                var justification = analysis.TryGetProperty("justification", out var j) ? j.GetString() : "-";
                return $"{v.GetProperty("id").GetString()} {analysis.GetProperty("state").GetString()} {justification}";
            }).ToArray());
    }

    [Fact]
    public void Sources_FollowTheIdPrefix()
    {
        var bom = VexOutput.Parse(VexOutput.CycloneDx(VexSamples.Every));

        string Source(string id)
        {
            var source = Vulnerabilities(bom).Single(v => v.GetProperty("id").GetString() == id).GetProperty("source");
            return $"{source.GetProperty("name").GetString()} {source.GetProperty("url").GetString()}";
        }

        Assert.Equal("NVD https://nvd.nist.gov/vuln/detail/CVE-2024-0001", Source("CVE-2024-0001"));
        Assert.Equal("GitHub Advisories https://github.com/advisories/GHSA-0001-0001-0001", Source("GHSA-0001-0001-0001"));
        Assert.Equal("OSV https://osv.dev/vulnerability/PYSEC-2024-1", Source("PYSEC-2024-1"));
    }

    [Fact]
    public void Affected_RespondsWithUpdateAndPutsTheActionBeforeTheEvidence()
    {
        var bom = VexOutput.Parse(VexOutput.CycloneDx(VexSamples.Every));
        var analysis = Vulnerabilities(bom).Single(v => v.GetProperty("id").GetString() == "CVE-2024-0001").GetProperty("analysis");

        Assert.Equal(["update"], VexOutput.Strings(analysis.GetProperty("response")));
        Assert.Equal("Update jackson-databind to 2.9.10.8.\n\ntrace: Api.java:40 readValue", analysis.GetProperty("detail").GetString());
    }

    [Fact]
    public void StatementWithoutSubcomponents_AffectsTheProduct()
    {
        var bom = VexOutput.Parse(VexOutput.CycloneDx(VexSamples.Every));
        var pysec = Vulnerabilities(bom).Single(v => v.GetProperty("id").GetString() == "PYSEC-2024-1");

        Assert.Equal("repo:acme/shop", bom.GetProperty("metadata").GetProperty("component").GetProperty("bom-ref").GetString());
        Assert.Equal("repo:acme/shop", pysec.GetProperty("affects").EnumerateArray().Single().GetProperty("ref").GetString());
    }

    [Fact]
    public void EveryAffectsRef_ResolvesToALibraryComponentNamedFromItsPurl()
    {
        var bom = VexOutput.Parse(VexOutput.CycloneDx(VexSamples.Every));

        Assert.Equal(
            [
                "npm:@babel/traverse@7.22.0 @babel traverse 7.22.0",
                "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10.1 com.fasterxml.jackson.core jackson-databind 2.9.10.1",
                "pkg:npm/lodash@4.17.20 - lodash 4.17.20",
            ],
            bom.GetProperty("components").EnumerateArray().Select(c =>
                $"{c.GetProperty("bom-ref").GetString()} {(c.TryGetProperty("group", out var g) ? g.GetString() : "-")} " +
                $"{c.GetProperty("name").GetString()} {c.GetProperty("version").GetString()}").ToArray());
        var refs = bom.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("bom-ref").GetString()).Append("repo:acme/shop").ToHashSet();
        Assert.All(Vulnerabilities(bom).SelectMany(v => v.GetProperty("affects").EnumerateArray()), a => Assert.Contains(a.GetProperty("ref").GetString(), refs));
    }

    [Fact]
    public void SerialNumber_DependsOnlyOnTheDocumentId()
    {
        var first = VexOutput.Parse(VexOutput.CycloneDx(VexSamples.Small)).GetProperty("serialNumber").GetString();
        var changed = VexOutput.Parse(VexOutput.CycloneDx(VexSamples.Small with { Version = 2 })).GetProperty("serialNumber").GetString();
        var other = VexOutput.Parse(VexOutput.CycloneDx(VexSamples.Small with { Id = "urn:other" })).GetProperty("serialNumber").GetString();

        Assert.Equal("urn:uuid:5ed4e4a3-e551-5e8c-8545-25770229e359", first);
        Assert.Equal(first, changed);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void OneBomRefForTwoPurls_IsRefused()
    {
        var clash = new VexSubcomponent("pkg:npm/lodash@4.17.19", VexSamples.Lodash.BomRef);
        var document = VexSamples.Small with { Statements = [VexSamples.Small.Statements[0], VexSamples.Small.Statements[1] with { Subcomponents = [clash] }] };

        var error = Assert.Throws<ArgumentException>(() => VexOutput.CycloneDx(document));

        Assert.Equal("bom-ref 'pkg:npm/lodash@4.17.20' names both pkg:npm/lodash@4.17.19 and pkg:npm/lodash@4.17.20 (Parameter 'document')", error.Message);
    }

    private static JsonElement[] Vulnerabilities(JsonElement bom) => [.. bom.GetProperty("vulnerabilities").EnumerateArray()];
}
