using Sightline.Core.Model;
using Sightline.Remediation.Targets;
using Xunit;

namespace Sightline.Remediation.Tests.Targets;

public class OtherEcosystemTargetTests
{
    [Fact]
    public void GoNet_FromAPseudoVersion_TargetsTheTaggedFixWithItsV()
    {
        // Real vulndb records; go.mod spells versions with "v", OSV without.
        var advisories = OsvFiles.Load("GO-2022-1144", "GO-2023-1571", "GO-2023-1988", "GO-2023-2102");
        string[] proxyList = ["v0.1.0", "v0.4.0", "v0.7.0", "v0.13.0", "v0.15.0", "v0.17.0", "v0.18.0"];

        var target = FixTargets.Compute(Ecosystem.Go, "golang.org/x/net", "v0.0.0-20210226172049-e18ecbb05110", advisories, proxyList);

        Assert.Equal("v0.17.0", target.TargetVersion);
        Assert.True(target.SameMajor);
        Assert.Equal("lowest version fixing GO-2022-1144, GO-2023-1571, GO-2023-1988, GO-2023-2102 within 0.x: v0.17.0", target.Reason);
    }

    [Fact]
    public void GoGin_FixedEventsWithoutV_AreSpelledWithV()
    {
        var target = FixTargets.Compute(Ecosystem.Go, "github.com/gin-gonic/gin", "v1.6.3", OsvFiles.Load("GO-2021-0052", "GO-2023-1737"), []);

        Assert.Equal("v1.9.1", target.TargetVersion);
        Assert.True(target.SameMajor);
    }

    [Fact]
    public void GoCrypto_AdvisoryWithoutAnyFix_GivesNoTarget()
    {
        var target = FixTargets.Compute(Ecosystem.Go, "golang.org/x/crypto", "v0.45.0", OsvFiles.Load("GO-2026-5932"), ["v0.46.0"]);

        Assert.Null(target.TargetVersion);
        Assert.Equal("no fixed version known for GO-2026-5932 (no fixed event)", target.Reason);
    }

    [Fact]
    public void PyYaml_PostReleaseBelowTheFix_IsStillAffected()
    {
        // The advisory names "PyYAML"; the project writes "pyyaml": PEP 503 makes them one package.
        var target = FixTargets.Compute(Ecosystem.PyPI, "pyyaml", "5.3.1", OsvFiles.Load("GHSA-8q59-q68h-6hv4"), ["5.3.1", "5.3.1.post1", "5.4", "5.4.1", "6.0"]);

        Assert.Equal("5.4", target.TargetVersion);
        Assert.True(target.SameMajor);
    }

    [Fact]
    public void PyPI_FixShippedAsAPostRelease_IsTheTarget()
    {
        var advisory = Made.Advisory("PYSEC-made-post", Ecosystem.PyPI, "Some_Package", Made.Range("introduced:0", "fixed:1.0.post1"));

        var target = FixTargets.Compute(Ecosystem.PyPI, "some-package", "1.0", [advisory], ["1.0", "1.1rc1", "1.1"]);

        Assert.Equal("1.0.post1", target.TargetVersion);
        Assert.True(target.SameMajor);
    }

    [Fact]
    public void PyPI_EpochIsPartOfTheMajorLine()
    {
        var advisory = Made.Advisory("PYSEC-made-epoch", Ecosystem.PyPI, "calver-lib", Made.Range("introduced:0", "fixed:1!1.0"));

        var target = FixTargets.Compute(Ecosystem.PyPI, "calver-lib", "2024.1", [advisory], ["2024.2", "1!1.0"]);

        Assert.Equal("1!1.0", target.TargetVersion);
        Assert.False(target.SameMajor);
    }

    [Fact]
    public void NewtonsoftJson_FixOnlyInThirteen_IsAMajorUpgrade()
    {
        var target = FixTargets.Compute(Ecosystem.NuGet, "newtonsoft.json", "12.0.3", OsvFiles.Load("GHSA-5crp-9r3c-p9vr"), ["12.0.3", "13.0.1", "13.0.2", "13.0.3"]);

        Assert.Equal(("13.0.1", false), (target.TargetVersion, target.SameMajor));
    }

    [Fact]
    public void RegexCrate_PatchFix_StaysOnOne()
    {
        var target = FixTargets.Compute(Ecosystem.Cargo, "regex", "1.5.4", OsvFiles.Load("GHSA-m5pq-gvj9-9vr8"), ["1.5.4", "1.5.5", "1.5.6"]);

        Assert.Equal(("1.5.5", true), (target.TargetVersion, target.SameMajor));
    }

    [Fact]
    public void Rack_FourSegmentFixPerLine()
    {
        var advisories = OsvFiles.Load("GHSA-54rr-7fvw-6x8f");

        Assert.Equal("2.2.8.1", FixTargets.Compute(Ecosystem.RubyGems, "rack", "2.2.6", advisories, ["2.2.7", "2.2.8", "2.2.8.1", "3.0.9.1"]).TargetVersion);
        Assert.Equal("3.0.9.1", FixTargets.Compute(Ecosystem.RubyGems, "rack", "3.0.0", advisories, []).TargetVersion);
    }

    [Fact]
    public void Guzzle_EachMajorKeepsItsLine()
    {
        var advisories = OsvFiles.Load("GHSA-25mq-v84q-4j7r");
        string[] known = ["6.5.5", "6.5.8", "7.4.2", "7.4.5", "v7.5.0"];

        Assert.Equal("6.5.8", FixTargets.Compute(Ecosystem.Packagist, "GuzzleHttp/Guzzle", "6.5.5", advisories, known).TargetVersion);
        Assert.Equal("7.4.5", FixTargets.Compute(Ecosystem.Packagist, "guzzlehttp/guzzle", "7.4.2", advisories, known).TargetVersion);
    }

    [Fact]
    public void WithdrawnAdvisory_IsNotConsidered()
    {
        // GHSA-8g9c-28fc-mcx2 was withdrawn (a duplicate); it would otherwise call 6.30.0 affected.
        var withdrawn = OsvFiles.Load("GHSA-8g9c-28fc-mcx2");
        var live = withdrawn[0] with { Id = "GHSA-live-copy", Withdrawn = null };

        var ignored = FixTargets.Compute(Ecosystem.NuGet, "System.IdentityModel.Tokens.Jwt", "6.30.0", withdrawn, ["6.34.0"]);
        var counted = FixTargets.Compute(Ecosystem.NuGet, "System.IdentityModel.Tokens.Jwt", "6.30.0", [live], ["6.34.0"]);

        Assert.Equal(("6.30.0", 0), (ignored.TargetVersion, ignored.Advisories.Count));
        Assert.Equal("6.34.0", counted.TargetVersion);
    }
}
