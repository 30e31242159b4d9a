using Sightline.Core.Model;
using Sightline.Remediation.Targets;
using Xunit;

namespace Sightline.Remediation.Tests.Targets;

public class MavenTargetTests
{
    private const string Log4jCore = "org.apache.logging.log4j:log4j-core";

    /// <summary>log4j-core releases from 2.12.0 on, as Maven Central lists them, plus a 3.0 pre-release.</summary>
    private static readonly string[] Log4jReleases =
    [
        "2.12.0", "2.12.1", "2.12.2", "2.12.3", "2.12.4", "2.13.0", "2.13.1", "2.13.2", "2.13.3",
        "2.14.0", "2.14.1", "2.15.0", "2.16.0", "2.17.0", "2.17.1", "2.17.2", "2.18.0", "3.0.0-beta1",
    ];

    /// <summary>
    /// CVE-2021-45105 (GHSA-p6xc-xr62-6r2g) is not in ../shared/data/osv; its log4j-core ranges as GitHub
    /// publishes them: fixed 2.3.1, 2.12.3 (from 2.4) and 2.17.0 (from 2.13.0).
    /// </summary>
    private static readonly Core.Advisories.Advisory Cve2021_45105 = Made.Advisory(
        "GHSA-p6xc-xr62-6r2g", Ecosystem.Maven, Log4jCore,
        Made.Range("introduced:2.13.0", "fixed:2.17.0"),
        Made.Range("introduced:2.4", "fixed:2.12.3"),
        Made.Range("introduced:0", "fixed:2.3.1"));

    [Fact]
    public void Log4Shell_AndItsFollowUp_FromTheRealRecords_TargetTwoSixteen()
    {
        var advisories = OsvFiles.Load("GHSA-jfh8-c2jp-5v3q", "GHSA-7rjr-3q55-vv33");

        var target = FixTargets.Compute(Ecosystem.Maven, Log4jCore, "2.14.1", advisories, Log4jReleases);

        Assert.Equal("2.16.0", target.TargetVersion);
        Assert.True(target.SameMajor);
        Assert.Equal(["GHSA-jfh8-c2jp-5v3q", "GHSA-7rjr-3q55-vv33"], target.Advisories);
        Assert.Equal("lowest version fixing GHSA-jfh8-c2jp-5v3q, GHSA-7rjr-3q55-vv33 within 2.x: 2.16.0", target.Reason);
    }

    [Fact]
    public void Log4Shell_AllThreeAdvisories_TargetTwoSeventeen()
    {
        Core.Advisories.Advisory[] advisories = [.. OsvFiles.Load("GHSA-jfh8-c2jp-5v3q", "GHSA-7rjr-3q55-vv33"), Cve2021_45105];

        var target = FixTargets.Compute(Ecosystem.Maven, Log4jCore, "2.14.1", advisories, Log4jReleases);

        Assert.Equal("2.17.0", target.TargetVersion);
        Assert.True(target.SameMajor);
        Assert.Equal(3, target.Advisories.Count);
    }

    [Fact]
    public void Log4Shell_WithoutKnownVersions_UsesTheFixedEventsAlone()
    {
        Core.Advisories.Advisory[] advisories = [.. OsvFiles.Load("GHSA-jfh8-c2jp-5v3q", "GHSA-7rjr-3q55-vv33"), Cve2021_45105];

        Assert.Equal("2.17.0", FixTargets.Compute(Ecosystem.Maven, Log4jCore, "2.14.1", advisories, []).TargetVersion);
    }

    [Fact]
    public void Log4Shell_OnTheJava7Line_StaysOnTwoTwelve()
    {
        Core.Advisories.Advisory[] advisories = [.. OsvFiles.Load("GHSA-jfh8-c2jp-5v3q", "GHSA-7rjr-3q55-vv33"), Cve2021_45105];

        Assert.Equal("2.12.2", FixTargets.Compute(Ecosystem.Maven, Log4jCore, "2.12.1", advisories[..2], Log4jReleases).TargetVersion);
        Assert.Equal("2.12.3", FixTargets.Compute(Ecosystem.Maven, Log4jCore, "2.12.1", advisories, Log4jReleases).TargetVersion);
    }

    [Fact]
    public void JacksonDatabind_FourSegmentFix_IsTheTarget()
    {
        var advisories = OsvFiles.Load("GHSA-jjjh-jjxp-wpff");
        string[] known = ["2.12.6", "2.12.7", "2.12.7.1", "2.13.2", "2.13.3", "2.13.4", "2.13.4.1", "2.13.4.2", "2.14.0-rc1", "2.14.0"];

        Assert.Equal("2.13.4.1", FixTargets.Compute(Ecosystem.Maven, "com.fasterxml.jackson.core:jackson-databind", "2.13.2", advisories, known).TargetVersion);
        Assert.Equal("2.12.7.1", FixTargets.Compute(Ecosystem.Maven, "com.fasterxml.jackson.core:jackson-databind", "2.12.6", advisories, known).TargetVersion);
    }

    [Fact]
    public void Spring4Shell_ReleaseQualifier_KeepsTheKnownSpelling()
    {
        var advisories = OsvFiles.Load("GHSA-36p3-wjmg-h94x");
        string[] known = ["5.2.19.RELEASE", "5.2.20.RELEASE", "5.2.21.RELEASE", "5.3.0-RC1", "5.3.17", "5.3.18", "6.0.0-M3"];

        var onTwo = FixTargets.Compute(Ecosystem.Maven, "org.springframework:spring-beans", "5.2.19.RELEASE", advisories, known);
        var onThree = FixTargets.Compute(Ecosystem.Maven, "org.springframework:spring-webmvc", "5.3.17", advisories, known);

        Assert.Equal("5.2.20.RELEASE", onTwo.TargetVersion);
        Assert.Equal("5.3.18", onThree.TargetVersion);
        Assert.Equal(["GHSA-36p3-wjmg-h94x"], onThree.Advisories);
    }

    [Fact]
    public void SnakeYaml_OnlyFixInTheNextMajor_IsAMajorUpgrade()
    {
        var advisories = OsvFiles.Load("GHSA-mjmj-j48q-9wg2");

        var target = FixTargets.Compute(Ecosystem.Maven, "org.yaml:snakeyaml", "1.33", advisories, ["1.32", "1.33", "2.0", "2.1"]);

        Assert.Equal("2.0", target.TargetVersion);
        Assert.False(target.SameMajor);
        Assert.Equal("no version within 1.x fixes GHSA-mjmj-j48q-9wg2; lowest fixing version is 2.0, a major upgrade", target.Reason);
    }
}
