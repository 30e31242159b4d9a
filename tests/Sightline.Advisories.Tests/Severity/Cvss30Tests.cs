using Sightline.Advisories.Severity;
using Xunit;

namespace Sightline.Advisories.Tests.Severity;

/// <summary>
/// v3.0 shares v3.1's base equations and weights; only Roundup (and the scope-changed modified impact) differ.
/// Scores from FIRST's "CVSS v3.0 Examples" document, see testdata/severity/README.md.
/// </summary>
public sealed class Cvss30Tests
{
    [Theory]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1)] // CVE-2013-1937 phpMyAdmin reflected XSS
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N", 6.4)] // CVE-2013-0375 MySQL stored SQL injection
    [InlineData("CVSS:3.0/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", 3.1)] // CVE-2014-3566 SSLv3 POODLE
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9)] // CVE-2012-1516 VMware guest-to-host escape
    [InlineData("CVSS:3.0/AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L", 4.2)] // CVE-2009-0783 Apache Tomcat XML parser
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 8.8)] // CVE-2012-0384 Cisco IOS command execution
    [InlineData("CVSS:3.0/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 7.8)] // CVE-2015-1098 Apple iWork
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", 7.5)] // CVE-2014-0160 Heartbleed
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8)] // CVE-2014-6271 Shellshock
    [InlineData("CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N", 6.8)] // CVE-2008-1447 DNS cache poisoning
    [InlineData("CVSS:3.0/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 6.8)] // CVE-2014-2005 Sophos login screen bypass
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N", 5.8)] // CVE-2010-0467 Joomla directory traversal
    [InlineData("CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", 7.4)] // CVE-2014-0224 OpenSSL CCS injection
    public void Cvss30_SpecificationExample_ScoresAsPublished(string vector, double expected)
    {
        var parsed = Cvss3Vector.Parse(vector);

        Assert.Equal(expected, parsed.BaseScore);
        Assert.Equal("3.0", parsed.Version);
    }

    [Fact]
    public void Cvss30_TemporalScoreOnFloatingPointNoise_RoundsUpWhereV31DoesNot()
    {
        // 10.0 x 0.92 is 9.200000000000001 in binary floating point: v3.0's plain ceiling gives 9.3,
        // v3.1's Roundup (Appendix A) first rounds to five decimals and keeps 9.2.
        const string Metrics = "AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/RC:U";

        Assert.Equal(9.3, Cvss3Vector.Parse("CVSS:3.0/" + Metrics).TemporalScore);
        Assert.Equal(9.2, Cvss3Vector.Parse("CVSS:3.1/" + Metrics).TemporalScore);
    }

    [Fact]
    public void Roundup_SpecificationAppendixExample_DiffersBetweenVersions()
    {
        // The floating-point noise v3.1 Appendix A describes: a product that should be exactly 4.0.
        Assert.Equal(4.0, Cvss3Vector.Roundup31(4.000000000000001));
        Assert.Equal(4.1, Cvss3Vector.Roundup30(4.000000000000001));
        Assert.Equal(4.1, Cvss3Vector.Roundup31(4.02));
        Assert.Equal(4.0, Cvss3Vector.Roundup31(4.00));
    }

    [Fact]
    public void Cvss30_ScopeChangedEnvironmental_UsesTheV30ModifiedImpact()
    {
        // v3.1 changed the MS:C modified impact (x 0.9731, exponent 13): the same metrics score 9.0 under v3.0
        // and 9.1 under v3.1. Cross-checked with ae-cvss-calculator 1.0.13.
        const string Metrics = "AV:A/AC:H/PR:L/UI:R/S:U/C:L/I:N/A:H/E:X/RL:U/RC:X/CR:X/IR:X/AR:H/MAV:N/MAC:X/MPR:N/MUI:N/MS:C/MI:H";

        Assert.Equal(9.0, Cvss3Vector.Parse("CVSS:3.0/" + Metrics).EnvironmentalScore);
        Assert.Equal(9.1, Cvss3Vector.Parse("CVSS:3.1/" + Metrics).EnvironmentalScore);
    }
}
