using Sightline.Core.Model;
using Sightline.Remediation.Targets;
using Xunit;

namespace Sightline.Remediation.Tests.Targets;

public class EdgeTargetTests
{
    /// <summary>From ../shared/data/osv/pypa/vulns/py/PYSEC-2022-42969.yaml: introduced 0, last_affected 1.11.0 (versions list left out).</summary>
    private static readonly Core.Advisories.Advisory PyReDoS = Made.Advisory(
        "PYSEC-2022-42969", Ecosystem.PyPI, "py", Made.Range("introduced:0", "last_affected:1.11.0"));

    [Fact]
    public void LastAffectedWithoutFix_AndNothingAbove_GivesNoTarget()
    {
        var target = FixTargets.Compute(Ecosystem.PyPI, "py", "1.10.0", [PyReDoS], ["1.9.0", "1.10.0", "1.11.0"]);

        Assert.Null(target.TargetVersion);
        Assert.False(target.SameMajor);
        Assert.Equal(["PYSEC-2022-42969"], target.Advisories);
        Assert.Equal("no fixed version known for PYSEC-2022-42969 (last_affected 1.11.0)", target.Reason);
    }

    [Fact]
    public void LastAffected_AKnownVersionAboveIt_IsTheTarget()
    {
        var target = FixTargets.Compute(Ecosystem.PyPI, "py", "1.10.0", [PyReDoS], ["1.11.0", "1.11.1.dev1", "1.11.1"]);

        Assert.Equal(("1.11.1", true), (target.TargetVersion, target.SameMajor));
    }

    [Fact]
    public void PreReleases_AreSkipped_UnlessTheCurrentVersionIsOne()
    {
        var advisory = Made.Advisory("GHSA-made-pre", Ecosystem.Npm, "widget", Made.Range("introduced:0", "last_affected:2.4.0"));
        string[] known = ["2.4.0", "2.4.1-rc.1", "2.4.1", "3.0.0"];

        Assert.Equal("2.4.1", FixTargets.Compute(Ecosystem.Npm, "widget", "2.3.0", [advisory], known).TargetVersion);
        Assert.Equal("2.4.1-rc.1", FixTargets.Compute(Ecosystem.Npm, "widget", "2.4.0-beta.2", [advisory], known).TargetVersion);
    }

    [Fact]
    public void VersionsList_ListedVersionsAreNeverTargets()
    {
        var advisory = Made.Listed("GHSA-made-listed", Ecosystem.Npm, "widget", "1.0.0", "1.0.1", "1.0.2");

        var target = FixTargets.Compute(Ecosystem.Npm, "widget", "1.0.0", [advisory], ["1.0.1", "1.0.2", "1.0.3"]);

        Assert.Equal("1.0.3", target.TargetVersion);
    }

    [Fact]
    public void AdvisoriesFixedOnlyApart_SayNoVersionFixesThemTogether()
    {
        var a = Made.Advisory("GHSA-made-a", Ecosystem.Npm, "widget", Made.Range("introduced:0", "fixed:1.1.0"), Made.Range("introduced:1.2.0"));
        var b = Made.Advisory("GHSA-made-b", Ecosystem.Npm, "widget", Made.Range("introduced:0", "fixed:1.2.0"));

        var target = FixTargets.Compute(Ecosystem.Npm, "widget", "1.0.0", [a, b], ["1.1.0", "1.2.0", "1.3.0"]);

        Assert.Null(target.TargetVersion);
        Assert.Equal("no known version above 1.0.0 fixes GHSA-made-a, GHSA-made-b together", target.Reason);
    }

    [Fact]
    public void GitOnlyRanges_CannotBeEvaluated_SoNoTarget()
    {
        var advisory = Made.Advisory("GHSA-made-git", Ecosystem.Npm, "widget", Made.Git("introduced:0", "fixed:abc123"));
        var fixedElsewhere = Made.Advisory("GHSA-made-eco", Ecosystem.Npm, "widget", Made.Range("introduced:0", "fixed:1.1.0"));

        var target = FixTargets.Compute(Ecosystem.Npm, "widget", "1.0.0", [advisory, fixedElsewhere], ["1.1.0", "2.0.0"]);

        Assert.Null(target.TargetVersion);
        Assert.Equal("no fixed version known for GHSA-made-git (cannot evaluate: GIT range not evaluated)", target.Reason);
    }

    [Fact]
    public void UnparsableKnownVersions_AreIgnored()
    {
        var advisory = Made.Advisory("GHSA-made-junk", Ecosystem.Npm, "widget", Made.Range("introduced:0", "fixed:1.2.0"));

        var target = FixTargets.Compute(Ecosystem.Npm, "widget", "1.0.0", [advisory], ["", "  ", "not a version", "1.1.x", "1.3.0"]);

        Assert.Equal("1.2.0", target.TargetVersion);
    }

    [Fact]
    public void SameAdvisoryGivenTwice_IsConsideredOnce()
    {
        var advisory = Made.Advisory("GHSA-made-dup", Ecosystem.Npm, "widget", Made.Range("introduced:0", "fixed:1.2.0"));

        var target = FixTargets.Compute(Ecosystem.Npm, "widget", "1.0.0", [advisory, advisory], []);

        Assert.Equal(["GHSA-made-dup"], target.Advisories);
        Assert.Equal("1.2.0", target.TargetVersion);
    }

    [Fact]
    public void FixedEventBelowTheCurrentVersion_DoesNotCount()
    {
        var advisory = Made.Advisory("GHSA-made-old", Ecosystem.Npm, "widget", Made.Range("introduced:0", "fixed:1.5.0"), Made.Range("introduced:2.0.0"));

        var target = FixTargets.Compute(Ecosystem.Npm, "widget", "2.1.0", [advisory], ["2.2.0"]);

        Assert.Null(target.TargetVersion);
        Assert.Equal("no fixed version known for GHSA-made-old (fixed in 1.5.0, but no known version above 2.1.0 is outside its ranges)", target.Reason);
    }
}
