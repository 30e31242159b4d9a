using Sightline.Versioning.Maven;
using Xunit;

namespace Sightline.Versioning.Tests;

public sealed class MavenVersionSchemeTests
{
    private readonly MavenVersionScheme scheme = new();

    public static IEnumerable<object[]> OrderingLines => VersionOrderingFile.Lines("maven");

    [Theory]
    [MemberData(nameof(OrderingLines))]
    public void Maven_OrdersAsComparableVersion(int line, string comparison) =>
        VersionOrderingFile.Check(scheme, line, comparison);

    [Fact]
    public void Maven_QualifierArrayFromComparableVersionTestIsStrictlyAscending() =>
        VersionOrderingFile.CheckAscending(
            scheme,
            "1-alpha2snapshot", "1-alpha2", "1-alpha-123", "1-beta-2", "1-beta123", "1-m2", "1-m11", "1-rc", "1-cr2",
            "1-rc123", "1-SNAPSHOT", "1", "1-sp", "1-sp2", "1-sp123", "1-abc", "1-def", "1-pom-1", "1-1-snapshot",
            "1-1", "1-2", "1-123");

    [Fact]
    public void Maven_NumberArrayFromComparableVersionTestIsStrictlyAscending() =>
        VersionOrderingFile.CheckAscending(
            scheme,
            "2.0", "2.0.a", "2-1", "2.0.2", "2.0.123", "2.1.0", "2.1-a", "2.1b", "2.1-c", "2.1-1", "2.1.0.1", "2.2",
            "2.123", "11.a2", "11.a11", "11.b2", "11.b11", "11.m2", "11.m11", "11", "11.a", "11b", "11c", "11m");

    [Fact]
    public void Maven_SnapshotSortsBeforeRelease()
    {
        Assert.True(Parse("1.0-SNAPSHOT").CompareTo(Parse("1.0")) < 0);
        Assert.True(Parse("1.0-SNAPSHOT").IsPrerelease);
        Assert.False(Parse("1.0").IsPrerelease);
    }

    [Fact]
    public void Maven_SpringReleaseSuffixEqualsPlainVersion() =>
        Assert.Equal(0, Parse("5.2.20.RELEASE").CompareTo(Parse("5.2.20")));

    [Theory]
    [InlineData("1.0-beta9", true)]
    [InlineData("1.0a1", true)]
    [InlineData("2.0-M1", true)]
    [InlineData("3.0.0.CR1", true)]
    [InlineData("31.1-jre", false)]
    [InlineData("1.0-sp1", false)]
    [InlineData("5.2.20.RELEASE", false)]
    public void Maven_PrereleaseMeansAKnownPreReleaseQualifier(string text, bool expected) =>
        Assert.Equal(expected, Parse(text).IsPrerelease);

    [Theory]
    [InlineData("")]
    public void Maven_RejectsOnlyEmptyText(string text) => Assert.False(scheme.TryParse(text, out _));

    [Theory]
    [InlineData("garbage")]
    [InlineData("..")]
    [InlineData("-")]
    [InlineData("1..2--3")]
    [InlineData("ünïcode-\u0661\u0662")]
    public void Maven_AcceptsAnyNonEmptyText(string text) => Assert.True(scheme.TryParse(text, out _));

    [Fact]
    public void Maven_GhsaAdvisoryRangesParseAndAscend() =>
        OsvRangeEvents.AssertAscending(scheme, "Maven");

    [Theory]
    [InlineData("5.2.19.RELEASE", "0", "5.2.20.RELEASE", true)]
    [InlineData("5.2.20", "0", "5.2.20.RELEASE", false)]
    [InlineData("5.2.20.RELEASE", "0", "5.2.20.RELEASE", false)]
    [InlineData("2.14.1", "2.13.0", "2.15.0", true)]
    [InlineData("2.15.0-rc1", "2.13.0", "2.15.0", true)]
    [InlineData("2.15.0", "2.13.0", "2.15.0", false)]
    [InlineData("2.3", "0", "2.3.1", true)]
    [InlineData("2.3.1", "0", "2.3.1", false)]
    [InlineData("2.12.7", "2.4.0-rc1", "2.12.7.1", true)]
    [InlineData("2.4.0", "2.4.0-rc1", "2.12.7.1", true)]
    [InlineData("2.4.0-beta1", "2.4.0-rc1", "2.12.7.1", false)]
    [InlineData("1.9", "1.5", "1.10.0", true)]
    public void Maven_GhsaVersionsFallInsideTheirRanges(string version, string introduced, string fixedIn, bool affected)
    {
        var v = Parse(version);
        var inside = (introduced == "0" || v.CompareTo(Parse(introduced)) >= 0) && v.CompareTo(Parse(fixedIn)) < 0;
        Assert.Equal(affected, inside);
    }

    private Core.Versioning.IVersion Parse(string text) =>
        scheme.TryParse(text, out var version) ? version : throw new InvalidOperationException(text);
}
