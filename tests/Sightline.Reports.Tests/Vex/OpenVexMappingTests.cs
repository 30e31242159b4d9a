using System.Text.Json;
using Sightline.Reports.Vex;
using Xunit;

namespace Sightline.Reports.Tests.Vex;

public sealed class OpenVexMappingTests
{
    [Fact]
    public void EveryJustification_IsWrittenWithItsOpenVexName()
    {
        var vex = VexOutput.Parse(VexOutput.OpenVex(VexSamples.Every));

        var written = Statements(vex)
            .Where(s => s.TryGetProperty("justification", out _))
            .Select(s => $"{Name(s)} {s.GetProperty("justification").GetString()}")
            .ToArray();

        Assert.Equal(
            [
                "GHSA-0001-0001-0001 component_not_present",
                "GHSA-0002-0002-0002 vulnerable_code_not_present",
                "GHSA-0003-0003-0003 vulnerable_code_not_in_execute_path",
                "GHSA-0004-0004-0004 vulnerable_code_cannot_be_controlled_by_adversary",
                "GHSA-0005-0005-0005 inline_mitigations_already_exist",
            ],
            written);
    }

    [Fact]
    public void Statements_AreSortedByVulnerabilityWithTheirStatus()
    {
        var vex = VexOutput.Parse(VexOutput.OpenVex(VexSamples.Every));

        Assert.Equal(
            [
                "CVE-2024-0001 affected", "CVE-2024-0002 fixed", "CVE-2024-0003 under_investigation",
                "GHSA-0001-0001-0001 not_affected", "GHSA-0002-0002-0002 not_affected", "GHSA-0003-0003-0003 not_affected",
                "GHSA-0004-0004-0004 not_affected", "GHSA-0005-0005-0005 not_affected", "PYSEC-2024-1 not_affected",
            ],
            Statements(vex).Select(s => $"{Name(s)} {s.GetProperty("status").GetString()}").ToArray());
    }

    [Fact]
    public void Product_IsNamedByPurlWhenItHasOneAndSubcomponentsAreSortedPurls()
    {
        var vex = VexOutput.Parse(VexOutput.OpenVex(VexSamples.Every));
        var product = Statements(vex).Single(s => Name(s) == "GHSA-0003-0003-0003").GetProperty("products").EnumerateArray().Single();

        Assert.Equal("pkg:github/acme/shop@1.4.0", product.GetProperty("@id").GetString());
        Assert.Equal(
            ["pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10.1", "pkg:npm/lodash@4.17.20"],
            product.GetProperty("subcomponents").EnumerateArray().Select(c => c.GetProperty("@id").GetString()!).ToArray());
    }

    [Fact]
    public void Product_WithoutPurl_IsNamedByItsBomRef()
    {
        var vex = VexOutput.Parse(VexOutput.OpenVex(VexSamples.Small));

        Assert.Equal(["repo:acme/shop", "repo:acme/shop"], Statements(vex).Select(s => s.GetProperty("products")[0].GetProperty("@id").GetString()!).ToArray());
    }

    [Fact]
    public void Aliases_LeaveOutTheMainIdAndRepeats()
    {
        var statement = VexSamples.Small.Statements[0] with { Aliases = ["CVE-2019-10744", "GHSA-jf85-cpcp-j695", "CVE-2019-10744", "CVE-2018-1"] };
        var vex = VexOutput.Parse(VexOutput.OpenVex(VexSamples.Small with { Statements = [statement] }));

        Assert.Equal(["CVE-2018-1", "CVE-2019-10744"], VexOutput.Strings(Statements(vex)[0].GetProperty("vulnerability").GetProperty("aliases")));
    }

    [Fact]
    public void NotAffectedWithoutJustificationOrImpactStatement_IsRefused()
    {
        var statement = VexSamples.Small.Statements[0] with { Justification = null, ImpactStatement = null };

        var error = Assert.Throws<ArgumentException>(() => VexOutput.OpenVex(VexSamples.Small with { Statements = [statement] }));

        Assert.Equal("the not_affected statement for GHSA-jf85-cpcp-j695 has neither a justification nor an impact statement (Parameter 'document')", error.Message);
    }

    [Fact]
    public void AffectedWithoutActionStatement_IsRefusedByBothWriters()
    {
        var document = VexSamples.Small with { Statements = [VexSamples.Small.Statements[1] with { ActionStatement = " " }] };

        Assert.Throws<ArgumentException>(() => VexOutput.OpenVex(document));
        var error = Assert.Throws<ArgumentException>(() => VexOutput.CycloneDx(document));
        Assert.Equal("the affected statement for CVE-2020-8203 has no action statement (Parameter 'document')", error.Message);
    }

    private static JsonElement[] Statements(JsonElement vex) => [.. vex.GetProperty("statements").EnumerateArray()];

    private static string Name(JsonElement statement) => statement.GetProperty("vulnerability").GetProperty("name").GetString()!;
}
