using Sightline.Versioning.RubyGems;
using Xunit;

namespace Sightline.Versioning.Tests;

public sealed class RubyGemsVersionSchemeTests
{
    private readonly RubyGemsVersionScheme scheme = new();

    public static IEnumerable<object[]> OrderingLines => VersionOrderingFile.Lines("rubygems");

    [Theory]
    [MemberData(nameof(OrderingLines))]
    public void RubyGems_OrdersAsGemVersion(int line, string comparison) =>
        VersionOrderingFile.Check(scheme, line, comparison);

    [Theory]
    [InlineData("1..2")]
    [InlineData("junk")]
    [InlineData("1.0\n2.0")]
    [InlineData("1.2 3.4")]
    [InlineData("a.1")]
    [InlineData("1.0-")]
    [InlineData("1.0.")]
    [InlineData(".1")]
    [InlineData("1.0+build")]
    [InlineData("1_0")]
    [InlineData("v1.0")]
    [InlineData("")]
    [InlineData("   ")]
    public void RubyGems_RejectsTextOutsideTheVersionPattern(string text) => Assert.False(scheme.TryParse(text, out _));

    [Theory]
    [InlineData(" 1.0 ")]
    [InlineData("1.0.0-rc1")]
    [InlineData("1-1")]
    [InlineData("1.0.0-x-y.z-w")]
    [InlineData("1.a")]
    public void RubyGems_AcceptsTheVersionPattern(string text) => Assert.True(scheme.TryParse(text, out _));

    [Theory]
    [InlineData("1.2.0.a", true)]
    [InlineData("2.9.b", true)]
    [InlineData("22.1.50.0.d", true)]
    [InlineData("1.2.d.42", true)]
    [InlineData("1.A", true)]
    [InlineData("1-1", true)]
    [InlineData("1-a", true)]
    [InlineData("1.2.0", false)]
    [InlineData("2.9", false)]
    [InlineData("22.1.50.0", false)]
    public void RubyGems_PrereleaseMeansTheVersionHasALetter(string text, bool expected)
    {
        Assert.True(scheme.TryParse(text, out var version));
        Assert.Equal(expected, version.IsPrerelease);
    }

    [Fact]
    public void RubyGems_GhsaAdvisoryRangesParseAndAscend() =>
        OsvRangeEvents.AssertAscending(scheme, "RubyGems");
}
