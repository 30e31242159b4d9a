using Sightline.Advisories.Severity;
using Xunit;

namespace Sightline.Advisories.Tests.Severity;

/// <summary>Scores as FIRST's reference calculator gives them; sources in testdata/severity/README.md.</summary>
public sealed class Cvss4Tests
{
    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3)] // macro vector 000200, no interpolation
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:H/SI:H/SA:H", 7.9)]
    [InlineData("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N", 1.0)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:P/VC:N/VI:H/VA:H/SC:N/SI:L/SA:L", 5.2)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N", 6.9)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:H/SC:N/SI:N/SA:N", 8.8)] // GHSA-8g4q-xg66-9fp4
    [InlineData("CVSS:4.0/AV:A/AC:H/AT:P/PR:L/UI:P/VC:H/VI:H/VA:H/SC:L/SI:L/SA:L", 5.4)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N", 5.1)]
    public void Cvss40_BaseVector_ScoresAsTheReferenceCalculator(string vector, double expected)
    {
        var parsed = Cvss4Vector.Parse(vector);

        Assert.Equal(expected, parsed.Score);
        Assert.Equal(expected, parsed.BaseScore);
        Assert.Equal("CVSS-B", parsed.Nomenclature);
    }

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U", 9.1, 10.0, "CVSS-BT")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:A/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N/E:U", 0.4, 2.0, "CVSS-BT")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/MVI:L/MSA:S", 9.8, 10.0, "CVSS-BE")]
    [InlineData("CVSS:4.0/AV:N/AC:H/AT:N/PR:H/UI:N/VC:N/VI:N/VA:H/SC:H/SI:H/SA:H/CR:L/IR:L/AR:L", 5.8, 7.2, "CVSS-BE")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:L/SC:N/SI:N/SA:N/E:A/MAV:A", 8.7, 9.3, "CVSS-BTE")]
    [InlineData(
        "CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:P/VC:N/VI:H/VA:H/SC:N/SI:L/SA:L/E:P/CR:H/IR:M/AR:H/MAV:A/MAT:P/MPR:N/MVI:H/MVA:N/MSI:H/MSA:N/S:N/V:C/U:Amber",
        4.7,
        5.2,
        "CVSS-BTE")]
    public void Cvss40_ThreatAndEnvironmentalMetrics_ChangeTheScoreButNotTheBaseScore(
        string vector, double expected, double expectedBase, string nomenclature)
    {
        var parsed = Cvss4Vector.Parse(vector);

        Assert.Equal(expected, parsed.Score);
        Assert.Equal(expectedBase, parsed.BaseScore);
        Assert.Equal(nomenclature, parsed.Nomenclature);
    }

    [Fact]
    public void Cvss40_MaximalVector_Scores10Critical()
    {
        var parsed = Cvss4Vector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H");

        Assert.Equal(10.0, parsed.Score);
        Assert.Equal(SeverityBand.Critical, parsed.Band);
        Assert.Equal("000100", parsed.MacroVector);
    }

    [Fact]
    public void Cvss40_NoImpactOnAnySystem_ScoresZero()
    {
        var parsed = Cvss4Vector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N");

        Assert.Equal(0.0, parsed.Score);
        Assert.Equal(SeverityBand.None, parsed.Band);
    }

    [Fact]
    public void Cvss40_InterpolationLandingOneUlpBelowATie_RoundsUpLikeTheReference()
    {
        // Macro vector 112101 (5.8) minus a mean distance of 0.85 is 4.949999999999999 in floating point;
        // FIRST's calculator adds 1e-6 before rounding and publishes 5.0.
        var parsed = Cvss4Vector.Parse("CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:H/SI:H/SA:H");

        Assert.Equal("112101", parsed.MacroVector);
        Assert.Equal(5.0, parsed.Score);
    }

    [Fact]
    public void Cvss40_SupplementalMetrics_DoNotChangeTheScore()
    {
        var plain = Cvss4Vector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N");
        var supplemented = Cvss4Vector.Parse(
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:P/AU:Y/R:I/V:C/RE:H/U:Red");

        Assert.Equal(plain.Score, supplemented.Score);
        Assert.Equal("CVSS-B", supplemented.Nomenclature);
    }

    [Fact]
    public void Cvss40_EveryMacroVectorScore_IsInTheTable()
    {
        // 270 macro vectors: EQ1 x EQ2 x (EQ3,EQ6 in 5 valid pairs) x EQ4 x EQ5 = 3 x 2 x 5 x 3 x 3.
        Assert.Equal(270, Cvss4MacroVectorScores.ByMacroVector.Count);
        Assert.All(Cvss4MacroVectorScores.ByMacroVector.Values, score => Assert.InRange(score, 0.1, 10.0));
    }
}
