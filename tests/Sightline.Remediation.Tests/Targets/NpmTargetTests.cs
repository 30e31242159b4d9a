using Sightline.Core.Model;
using Sightline.Remediation.Targets;
using Xunit;

namespace Sightline.Remediation.Tests.Targets;

public class NpmTargetTests
{
    private static readonly string[] LodashAdvisories = ["GHSA-35jh-r3h4-6jhm", "GHSA-p6mc-m468-83gw", "GHSA-jf85-cpcp-j695"];

    private static readonly string[] LodashReleases =
        ["3.10.1", "4.17.11", "4.17.12", "4.17.13", "4.17.14", "4.17.15", "4.17.16", "4.17.17", "4.17.18", "4.17.19", "4.17.20", "4.17.21"];

    [Fact]
    public void Lodash_ThreeAdvisories_TargetFourSeventeenTwentyOne()
    {
        var target = FixTargets.Compute(Ecosystem.Npm, "lodash", "4.17.15", OsvFiles.Load(LodashAdvisories), LodashReleases);

        Assert.Equal("4.17.21", target.TargetVersion);
        Assert.True(target.SameMajor);
        Assert.Equal(LodashAdvisories, target.Advisories);
        Assert.Equal("lowest version fixing GHSA-35jh-r3h4-6jhm, GHSA-p6mc-m468-83gw, GHSA-jf85-cpcp-j695 within 4.x: 4.17.21", target.Reason);
    }

    [Fact]
    public void Lodash_OnThree_NeedsAMajorUpgrade()
    {
        var target = FixTargets.Compute(Ecosystem.Npm, "lodash", "3.10.1", OsvFiles.Load(LodashAdvisories), LodashReleases);

        Assert.Equal("4.17.21", target.TargetVersion);
        Assert.False(target.SameMajor);
        Assert.StartsWith("no version within 3.x fixes GHSA-35jh-r3h4-6jhm", target.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LodashEs_UsesItsOwnAffectedEntries()
    {
        // GHSA-jf85-cpcp-j695 fixes lodash in 4.17.12 but lodash-es in 4.17.14.
        var target = FixTargets.Compute(Ecosystem.Npm, "lodash-es", "4.17.11", OsvFiles.Load("GHSA-jf85-cpcp-j695"), LodashReleases);

        Assert.Equal("4.17.14", target.TargetVersion);
    }

    [Fact]
    public void Semver_EachMajorLine_GetsItsOwnFix()
    {
        var advisories = OsvFiles.Load("GHSA-c2qf-rxjj-qqgw");

        Assert.Equal("5.7.2", FixTargets.Compute(Ecosystem.Npm, "semver", "5.7.1", advisories, []).TargetVersion);
        Assert.Equal("6.3.1", FixTargets.Compute(Ecosystem.Npm, "semver", "6.3.0", advisories, []).TargetVersion);
        Assert.Equal("7.5.2", FixTargets.Compute(Ecosystem.Npm, "semver", "7.5.1", advisories, []).TargetVersion);
    }

    [Fact]
    public void AlreadyFixedVersion_IsItsOwnTarget()
    {
        var target = FixTargets.Compute(Ecosystem.Npm, "lodash", "4.17.21", OsvFiles.Load(LodashAdvisories), LodashReleases);

        Assert.Equal("4.17.21", target.TargetVersion);
        Assert.True(target.SameMajor);
        Assert.Equal("4.17.21 is not affected by GHSA-35jh-r3h4-6jhm, GHSA-p6mc-m468-83gw, GHSA-jf85-cpcp-j695", target.Reason);
    }

    [Fact]
    public void AdvisoryForAnotherPackage_IsNotConsidered()
    {
        // GHSA-5crp-9r3c-p9vr names Newtonsoft.Json, not lodash.
        var target = FixTargets.Compute(Ecosystem.Npm, "lodash", "4.17.15", OsvFiles.Load("GHSA-5crp-9r3c-p9vr"), LodashReleases);

        Assert.Empty(target.Advisories);
        Assert.Equal("4.17.15", target.TargetVersion);
        Assert.Equal("no advisory in scope names lodash", target.Reason);
    }

    [Fact]
    public void UnparsableCurrentVersion_GivesNoTarget()
    {
        var target = FixTargets.Compute(Ecosystem.Npm, "lodash", "latest", OsvFiles.Load(LodashAdvisories), LodashReleases);

        Assert.Null(target.TargetVersion);
        Assert.Equal("current version 'latest' is not a valid npm version", target.Reason);
    }

    [Fact]
    public void ZeroMajor_StaysOnItsMinor_WhenAFixExistsThere()
    {
        var advisory = Made.Advisory("GHSA-made-zero-minor", Ecosystem.Npm, "tiny-lib",
            Made.Range("introduced:0", "fixed:0.3.5"), Made.Range("introduced:0.4.0", "fixed:0.4.2"));

        var onMinor = FixTargets.Compute(Ecosystem.Npm, "tiny-lib", "0.3.1", [advisory], ["0.3.4", "0.4.2", "0.4.3"]);
        var nextMinor = FixTargets.Compute(Ecosystem.Npm, "tiny-lib", "0.3.1",
            [Made.Advisory("GHSA-made-zero-minor", Ecosystem.Npm, "tiny-lib", Made.Range("introduced:0", "fixed:0.4.2"))], ["0.3.4", "0.4.3"]);

        Assert.Equal(("0.3.5", true), (onMinor.TargetVersion, onMinor.SameMajor));
        Assert.Equal("lowest version fixing GHSA-made-zero-minor within 0.3.x: 0.3.5", onMinor.Reason);
        Assert.Equal(("0.4.2", false), (nextMinor.TargetVersion, nextMinor.SameMajor));
        Assert.Equal("no version within 0.3.x fixes GHSA-made-zero-minor; lowest fixing version is 0.4.2, a major upgrade", nextMinor.Reason);
    }
}
