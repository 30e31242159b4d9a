using Sightline.Versioning.Packagist;
using Xunit;

namespace Sightline.Versioning.Tests;

public sealed class PackagistVersionSchemeTests
{
    private readonly PackagistVersionScheme scheme = new();

    public static IEnumerable<object[]> OrderingLines => VersionOrderingFile.Lines("packagist");

    [Theory]
    [MemberData(nameof(OrderingLines))]
    public void Packagist_OrdersAsComposerComparator(int line, string comparison) =>
        VersionOrderingFile.Check(scheme, line, comparison);

    // composer/semver VersionParserTest::successfulNormalizedVersions (a selection).
    [Theory]
    [InlineData("1.0.0", "1.0.0.0")]
    [InlineData("1.2.3.4", "1.2.3.4")]
    [InlineData("1.0.0RC1dev", "1.0.0.0-RC1-dev")]
    [InlineData("1.0.0-rC15-dev", "1.0.0.0-RC15-dev")]
    [InlineData("1.0.0.RC.15-dev", "1.0.0.0-RC15-dev")]
    [InlineData("1.0.0-rc1", "1.0.0.0-RC1")]
    [InlineData("1.0.0.pl3-dev", "1.0.0.0-patch3-dev")]
    [InlineData("1.0-dev", "1.0.0.0-dev")]
    [InlineData("0", "0.0.0.0")]
    [InlineData("10.4.13-beta", "10.4.13.0-beta")]
    [InlineData("10.4.13beta2", "10.4.13.0-beta2")]
    [InlineData("10.4.13beta.2", "10.4.13.0-beta2")]
    [InlineData("10.4.13-b5", "10.4.13.0-beta5")]
    [InlineData("v1.0.0", "1.0.0.0")]
    [InlineData("00.01.03.04", "00.01.03.04")]
    [InlineData("041.x-dev", "041.9999999.9999999.9999999-dev")]
    [InlineData("2010.01", "2010.01.0.0")]
    [InlineData("2010-01-02", "2010.01.02")]
    [InlineData("2010-01-02.5", "2010.01.02.5")]
    [InlineData("20100102-203040", "20100102.203040")]
    [InlineData("dev-master", "dev-master")]
    [InlineData("master", "dev-master")]
    [InlineData("DEV-Feature-Foo", "dev-Feature-Foo")]
    [InlineData("dev-feature+issue-1", "dev-feature+issue-1")]
    [InlineData("1.x-dev", "1.9999999.9999999.9999999-dev")]
    [InlineData("1.0.0-alpha.3.1+foo", "1.0.0.0-alpha3.1")]
    [InlineData("1.0.0-alpha-2.1-3+foo", "1.0.0.0-alpha2.1-3")]
    [InlineData("1.0.0+foo as 2.0", "1.0.0.0")]
    [InlineData("1.0.0-p1", "1.0.0.0-patch1")]
    [InlineData("1.0.0-stable", "1.0.0.0")]
    [InlineData("1.0.0-Stable", "1.0.0.0-stable")]
    public void Packagist_NormalizesAsVersionParser(string text, string normalized)
    {
        Assert.True(scheme.TryParse(text, out var version));
        Assert.Equal(normalized, ((PackagistVersion)version).Normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("garbage")]
    [InlineData("1.0.0-meh")]
    [InlineData("1.0.0.0.0")]
    [InlineData("feature-foo")]
    [InlineData("1.0.0+foo bar")]
    [InlineData("1.0.0@foo")]
    [InlineData("123456.0.0")]
    [InlineData("1.0.0-alpha-beta")]
    [InlineData("^1.0")]
    [InlineData(">=1.0")]
    public void Packagist_RejectsWhatVersionParserRejects(string text) => Assert.False(scheme.TryParse(text, out _));

    [Theory]
    [InlineData("1.0.0-dev", true)]
    [InlineData("dev-master", true)]
    [InlineData("1.0.0-alpha1", true)]
    [InlineData("1.0.0-b1", true)]
    [InlineData("1.0.0-RC1", true)]
    [InlineData("1.0.0", false)]
    [InlineData("1.0.0-patch1", false)]
    public void Packagist_PrereleaseMeansStabilityBelowStable(string text, bool expected)
    {
        Assert.True(scheme.TryParse(text, out var version));
        Assert.Equal(expected, version.IsPrerelease);
    }

    [Fact]
    public void Packagist_GhsaAdvisoryRangesParseAndAscend() =>
        OsvRangeEvents.AssertAscending(scheme, "Packagist");
}
