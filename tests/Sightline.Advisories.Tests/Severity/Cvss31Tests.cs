using Sightline.Advisories.Severity;
using Xunit;

namespace Sightline.Advisories.Tests.Severity;

/// <summary>Base scores from FIRST's "CVSS v3.1 Examples" document (and NVD where noted), see testdata/severity/README.md.</summary>
public sealed class Cvss31Tests
{
    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1)] // CVE-2013-1937 phpMyAdmin reflected XSS
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N", 6.4)] // CVE-2013-0375 MySQL stored SQL injection
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", 3.1)] // CVE-2014-3566 SSLv3 POODLE
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9)] // CVE-2012-1516 VMware guest-to-host escape
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L", 4.2)] // CVE-2009-0783 Apache Tomcat XML parser
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 8.8)] // CVE-2012-0384 Cisco IOS command execution
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 7.8)] // CVE-2015-1098 Apple iWork
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N", 6.8)] // CVE-2008-1447 DNS cache poisoning
    [InlineData("CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 6.8)] // CVE-2014-2005 Sophos login screen bypass
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N", 5.8)] // CVE-2010-0467 Joomla directory traversal
    [InlineData("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 8.8)] // CVE-2011-1265 Windows Bluetooth
    [InlineData("CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N", 4.6)] // CVE-2014-2019 Apple iOS
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", 7.4)] // CVE-2014-0224 OpenSSL CCS injection
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8)] // CVE-2016-5195 Dirty COW (NVD)
    public void Cvss31_SpecificationExample_ScoresAsPublished(string vector, double expected)
    {
        Assert.Equal(expected, Cvss3Vector.Parse(vector).BaseScore);
    }

    [Fact]
    public void Cvss31_HeartbleedVector_Scores7Point5High()
    {
        var heartbleed = Cvss3Vector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N");

        Assert.Equal(7.5, heartbleed.BaseScore);
        Assert.Equal(SeverityBand.High, heartbleed.Band);
        Assert.Equal("3.1", heartbleed.Version);
    }

    [Fact]
    public void Cvss31_ShellshockVector_Scores9Point8Critical()
    {
        var shellshock = Cvss3Vector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");

        Assert.Equal(9.8, shellshock.BaseScore);
        Assert.Equal(SeverityBand.Critical, shellshock.Band);
    }

    [Fact]
    public void Cvss31_Log4ShellVector_Scores10()
    {
        var log4shell = Cvss3Vector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");

        Assert.Equal(10.0, log4shell.BaseScore);
        Assert.Equal(SeverityBand.Critical, log4shell.Band);
    }

    [Fact]
    public void Cvss31_NoImpact_ScoresZeroAndBandNone()
    {
        var vector = Cvss3Vector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N");

        Assert.Equal(0.0, vector.BaseScore);
        Assert.Equal(SeverityBand.None, vector.Band);
    }

    [Fact]
    public void Cvss31_BaseOnlyVector_HasNoTemporalOrEnvironmentalScore()
    {
        var vector = Cvss3Vector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");

        Assert.Null(vector.TemporalScore);
        Assert.Null(vector.EnvironmentalScore);
    }

    [Fact]
    public void Cvss31_AllMetricGroups_ComputesTemporalAndEnvironmentalScores()
    {
        // Scores cross-checked with the metaeffekt calculator (ae-cvss-calculator 1.0.13).
        var vector = Cvss3Vector.Parse(
            "CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:H/I:L/A:L/E:H/RL:O/RC:C/CR:H/IR:H/AR:H/MAV:N/MAC:L/MPR:N/MUI:N/MS:C/MC:H/MI:H/MA:H");

        Assert.Equal(6.4, vector.BaseScore);
        Assert.Equal(6.1, vector.TemporalScore);
        Assert.Equal(9.5, vector.EnvironmentalScore);
    }

    [Fact]
    public void Cvss31_MetricsInAnyOrder_ScoreTheSame()
    {
        var reordered = Cvss3Vector.Parse("CVSS:3.1/A:H/I:H/C:H/S:C/UI:N/PR:N/AC:L/AV:N");

        Assert.Equal(10.0, reordered.BaseScore);
    }
}
