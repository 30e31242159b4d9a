using Sightline.Core.Model;
using Sightline.Core.Versioning;
using Sightline.Versioning.Go;
using Sightline.Versioning.SemVer;
using Xunit;

namespace Sightline.Versioning.Tests.SemVerFamily;

public sealed class SchemeBehaviourTests
{
    [Fact]
    public void Npm_PrereleaseSortsBeforeRelease()
    {
        var pre = Parse(Ecosystem.Npm, "5.0.0-beta.3");
        Assert.True(pre.IsPrerelease);
        Assert.True(pre.CompareTo(Parse(Ecosystem.Npm, "5.0.0")) < 0);
        Assert.True(pre.CompareTo(Parse(Ecosystem.Npm, "4.99.0")) > 0);
    }

    [Fact]
    public void Npm_KeepsTheTextItWasGiven() => Assert.Equal("v1.2.3", Parse(Ecosystem.Npm, "v1.2.3").Text);

    [Fact]
    public void SemVer_BuildMetadataIsKeptButIgnoredForPrecedence()
    {
        Assert.True(VersionSchemes.SemVer.TryParse("1.0.0+exp.sha.5114f85", out var version));
        var semVer = Assert.IsType<SemanticVersion>(version);
        Assert.Equal("exp.sha.5114f85", semVer.Build);
        Assert.False(semVer.IsPrerelease);
        Assert.Equal(0, semVer.CompareTo(Parse(null, "1.0.0")));
    }

    [Fact]
    public void SemVer_HasNoEcosystem() => Assert.Null(VersionSchemes.SemVer.Ecosystem);

    [Fact]
    public void NuGet_FourPartVersionSortsAboveThreePart() =>
        Assert.True(Parse(Ecosystem.NuGet, "1.0.0.1").CompareTo(Parse(Ecosystem.NuGet, "1.0.0")) > 0);

    [Fact]
    public void NuGet_PrereleaseLabelsCompareCaseInsensitively()
    {
        Assert.Equal(0, Parse(Ecosystem.NuGet, "1.0.0-RC.1").CompareTo(Parse(Ecosystem.NuGet, "1.0.0-rc.1")));
        Assert.True(Parse(Ecosystem.NuGet, "7.0.0-Preview").IsPrerelease);
    }

    [Theory]
    [InlineData("v0.0.0-20210101000000-abcdef123456", true)]
    [InlineData("v1.2.4-0.20210101000000-abcdef123456", true)]
    [InlineData("v1.2.4-pre.0.20210101000000-abcdef123456", true)]
    [InlineData("v1.2.4-20210101000000-abcdef123456", false)]
    [InlineData("v1.2.3", false)]
    [InlineData("v1.2.3-rc.1", false)]
    public void Go_RecognisesPseudoVersions(string text, bool pseudo)
    {
        var version = Assert.IsType<SemanticVersion>(Parse(Ecosystem.Go, text));
        Assert.Equal(pseudo, GoVersionScheme.IsPseudoVersion(version));
    }

    [Fact]
    public void Go_RequireV_ReadsGoModTextExactly()
    {
        var strict = new GoVersionScheme(requireV: true);
        Assert.False(strict.TryParse("1.2.3", out _));
        Assert.True(strict.TryParse("v1.2.3", out _));
        Assert.True(VersionSchemes.For(Ecosystem.Go)!.TryParse("1.2.3", out _));
    }

    [Fact]
    public void Go_IncompatibleIsNotAPrerelease() => Assert.False(Parse(Ecosystem.Go, "v2.0.0+incompatible").IsPrerelease);

    [Fact]
    public void Cargo_PrereleaseSortsBeforeRelease() =>
        Assert.True(Parse(Ecosystem.Cargo, "1.5.5-alpha").CompareTo(Parse(Ecosystem.Cargo, "1.5.5")) < 0);

    [Theory]
    [InlineData(Ecosystem.Npm)]
    [InlineData(Ecosystem.NuGet)]
    [InlineData(Ecosystem.Go)]
    [InlineData(Ecosystem.Cargo)]
    [InlineData(Ecosystem.Maven)]
    [InlineData(Ecosystem.PyPI)]
    [InlineData(Ecosystem.RubyGems)]
    [InlineData(Ecosystem.Packagist)]
    public void VersionSchemes_ReturnsTheSchemeOfEachEcosystem(Ecosystem ecosystem)
    {
        var scheme = VersionSchemes.For(ecosystem);
        Assert.NotNull(scheme);
        Assert.Equal(ecosystem, scheme.Ecosystem);
        Assert.Same(scheme, VersionSchemes.For(ecosystem));
    }

    [Theory]
    [InlineData(null, "1.0.0-alpha.1", "1.0.0-alpha.beta")]
    [InlineData(Ecosystem.Npm, "1.0.0-beta.2", "1.0.0-beta.11")]
    [InlineData(Ecosystem.NuGet, "1.0.0-beta.2", "1.0.0.1-beta.11")]
    [InlineData(Ecosystem.Go, "v0.0.0-20210101000000-abcdef123456", "v1.2.4-0.20210101000000-abcdef123456")]
    [InlineData(Ecosystem.Cargo, "1.0.0-rc.1", "1.0.0")]
    public void Comparison_AllocatesNothing(Ecosystem? ecosystem, string a, string b)
    {
        var left = Parse(ecosystem, a);
        var right = Parse(ecosystem, b);
        left.CompareTo(right);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0;
        for (var i = 0; i < 1000; i++)
        {
            sum += left.CompareTo(right) + right.CompareTo(left);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(0, sum);
    }

    private static IVersion Parse(Ecosystem? ecosystem, string text)
    {
        var scheme = ecosystem is { } e ? VersionSchemes.For(e)! : VersionSchemes.SemVer;
        Assert.True(scheme.TryParse(text, out var version), $"cannot parse '{text}'");
        return version;
    }
}
