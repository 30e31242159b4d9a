using Sightline.Versioning.Osv;
using Xunit;

namespace Sightline.Versioning.Tests.Osv;

/// <summary>Evaluation against real records from ../shared/data/osv.</summary>
public sealed class RealAdvisoryTests
{
    [Fact]
    public void Lodash_4_17_15_IsAffectedByPrototypePollution_AndFixedIn_4_17_20()
    {
        var affected = OsvJson.Ghsa("GHSA-p6mc-m468-83gw").Affected("lodash");
        var verdict = AffectedEvaluator.Evaluate(affected, "4.17.15");

        Assert.Equal(AffectedStatus.Affected, verdict.Status);
        Assert.Same(affected.Ranges[0], verdict.MatchedRange);
        Assert.Equal("4.17.20", verdict.FixedIn);
        Assert.Equal(["4.17.20"], verdict.FixedVersions);
    }

    [Theory]
    [InlineData("4.17.21")]
    [InlineData("4.17.20")]
    public void Lodash_FixedVersions_AreNotAffected(string version) =>
        Assert.Equal(AffectedStatus.NotAffected, AffectedEvaluator.Evaluate(OsvJson.Ghsa("GHSA-p6mc-m468-83gw").Affected("lodash"), version).Status);

    [Theory]
    [InlineData("v0.0.0-20231005000000-abcdef123456", AffectedStatus.Affected)]
    [InlineData("v0.16.1-0.20231001000000-abcdef123456", AffectedStatus.Affected)]
    [InlineData("v0.16.0", AffectedStatus.Affected)]
    [InlineData("v0.17.0", AffectedStatus.NotAffected)]
    [InlineData("v0.17.1-0.20231101000000-abcdef123456", AffectedStatus.NotAffected)]
    public void GoXNet_HttpRapidReset_EcosystemRangeFromZero(string version, AffectedStatus expected)
    {
        var verdict = AffectedEvaluator.Evaluate(OsvJson.Ghsa("GHSA-4374-p667-p6c8").Affected("golang.org/x/net"), version);
        Assert.Equal(expected, verdict.Status);
        Assert.Equal(expected == AffectedStatus.Affected ? "0.17.0" : null, verdict.FixedIn);
    }

    [Theory]
    [InlineData("v0.0.0-20200219000000-abcdef123456", AffectedStatus.Affected)]
    [InlineData("v0.0.0-20200220183623-bac4c82f6975", AffectedStatus.NotAffected)]
    [InlineData("v0.0.0-20200622213623-75b288015ac9", AffectedStatus.NotAffected)]
    public void GoXCrypto_SemverRangeFixedAtAPseudoVersion(string version, AffectedStatus expected) =>
        Assert.Equal(expected, AffectedEvaluator.Evaluate(OsvJson.Go("GO-2020-0012").Affected("golang.org/x/crypto"), version).Status);

    [Theory]
    [InlineData("v2.6.2+incompatible", AffectedStatus.Affected)]
    [InlineData("v2.7.0-rc.0+incompatible", AffectedStatus.NotAffected)]
    [InlineData("v2.7.1+incompatible", AffectedStatus.NotAffected)]
    public void GoDockerDistribution_IncompatibleSuffixIsIgnored(string version, AffectedStatus expected) =>
        Assert.Equal(expected, AffectedEvaluator.Evaluate(OsvJson.Go("GO-2021-0072").Affected("github.com/docker/distribution"), version).Status);

    [Theory]
    [InlineData("2.14.3", "2.14.4")]
    [InlineData("2.15.1", "2.15.3")]
    [InlineData("2.16.0", "2.16.1")]
    public void GoCoder_SeveralIntroducedFixedPairs_ReportTheNextFix(string version, string fixedIn)
    {
        var verdict = AffectedEvaluator.Evaluate(OsvJson.Go("GO-2024-3228").Affected("github.com/coder/coder/v2"), "v" + version);
        Assert.Equal(AffectedStatus.Affected, verdict.Status);
        Assert.Equal(fixedIn, verdict.FixedIn);
        Assert.Equal(["2.14.4", "2.15.3", "2.16.1"], verdict.FixedVersions);
    }

    [Theory]
    [InlineData("v2.14.4")]
    [InlineData("v2.15.3")]
    [InlineData("v2.3.0")]
    public void GoCoder_BetweenPairs_IsNotAffected(string version) =>
        Assert.Equal(AffectedStatus.NotAffected, AffectedEvaluator.Evaluate(OsvJson.Go("GO-2024-3228").Affected("github.com/coder/coder/v2"), version).Status);

    [Theory]
    [InlineData("8.0.4", AffectedStatus.Affected, "8.0.5")]
    [InlineData("8.0.4.1", AffectedStatus.Affected, "8.0.5")]
    [InlineData("8.0.5", AffectedStatus.NotAffected, null)]
    [InlineData("8.0.5.0", AffectedStatus.NotAffected, null)]
    [InlineData("6.0.9", AffectedStatus.Affected, "6.0.10")]
    [InlineData("7.0.0", AffectedStatus.NotAffected, null)]
    public void NuGetSystemTextJson_FourPartVersions(string version, AffectedStatus expected, string? fixedIn)
    {
        var verdict = OsvJson.Ghsa("GHSA-8g4q-xg66-9fp4").Evaluate("System.Text.Json", version);
        Assert.Equal(expected, verdict.Status);
        Assert.Equal(fixedIn, verdict.FixedIn);
    }

    [Theory]
    [InlineData("7.0.0-preview", AffectedStatus.Affected)]
    [InlineData("7.0.0-preview5", AffectedStatus.Affected)]
    [InlineData("7.0.0-PREVIEW5", AffectedStatus.Affected)]
    [InlineData("7.1.1", AffectedStatus.Affected)]
    [InlineData("7.0.0-alpha", AffectedStatus.NotAffected)]
    [InlineData("6.34.0", AffectedStatus.NotAffected)]
    public void NuGetJsonWebTokens_PrereleaseIntroducedBound(string version, AffectedStatus expected) =>
        Assert.Equal(expected, OsvJson.Ghsa("GHSA-8g9c-28fc-mcx2").Evaluate("Microsoft.IdentityModel.JsonWebTokens", version).Status);

    [Theory]
    [InlineData("5.0.0-alpha.1", AffectedStatus.Affected)]
    [InlineData("5.0.0-beta.2", AffectedStatus.Affected)]
    [InlineData("5.0.0-alpha.0", AffectedStatus.NotAffected)]
    [InlineData("5.0.0-beta.3", AffectedStatus.NotAffected)]
    [InlineData("5.0.0", AffectedStatus.NotAffected)]
    [InlineData("4.19.1", AffectedStatus.Affected)]
    public void NpmExpress_PrereleaseBounds(string version, AffectedStatus expected) =>
        Assert.Equal(expected, OsvJson.Ghsa("GHSA-rv95-896h-c2vc").Evaluate("express", version).Status);

    [Theory]
    [InlineData("1.5.4", AffectedStatus.Affected)]
    [InlineData("1.5.5", AffectedStatus.NotAffected)]
    public void CratesRegex_EcosystemRange(string version, AffectedStatus expected) =>
        Assert.Equal(expected, AffectedEvaluator.Evaluate(OsvJson.Ghsa("GHSA-m5pq-gvj9-9vr8").Affected("regex"), version).Status);

    [Fact]
    public void Evaluation_OfACompiledEntry_AllocatesNothingWhenNotAffected()
    {
        var compiled = CompiledAffected.Compile(OsvJson.Ghsa("GHSA-hrpp-h998-j3pp").Affected("qs"));
        var query = VersionQuery.Create("6.11.0", compiled.Scheme);
        compiled.Evaluate(query);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Assert.False(compiled.Evaluate(query).IsAffected);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
