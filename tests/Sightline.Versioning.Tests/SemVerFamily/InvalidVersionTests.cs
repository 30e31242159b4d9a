using Xunit;

namespace Sightline.Versioning.Tests.SemVerFamily;

/// <summary>Texts each scheme must refuse, so a bad event or query turns into Unknown, never a wrong order.</summary>
public sealed class InvalidVersionTests
{
    [Theory]
    [InlineData("semver", "")]
    [InlineData("semver", "1")]
    [InlineData("semver", "1.2")]
    [InlineData("semver", "1.2.3.4")]
    [InlineData("semver", "01.2.3")]
    [InlineData("semver", "1.02.3")]
    [InlineData("semver", "1.2.03")]
    [InlineData("semver", "1.2.3-")]
    [InlineData("semver", "1.2.3-01")]
    [InlineData("semver", "1.2.3+")]
    [InlineData("semver", "1.2.3-alpha..1")]
    [InlineData("semver", "1.2.3-alpha_beta")]
    [InlineData("semver", "1.2.3+build+x")]
    [InlineData("semver", " 1.2.3")]
    [InlineData("semver", "=1.2.3")]
    [InlineData("semver", "vv1.2.3")]
    [InlineData("semver", "18446744073709551616.0.0")]
    [InlineData("semver", "0")]
    [InlineData("semver", "*")]
    [InlineData("npm", "")]
    [InlineData("npm", "1.2")]
    [InlineData("npm", "1.2.x")]
    [InlineData("npm", "^1.2.3")]
    [InlineData("npm", "~1.2.3")]
    [InlineData("npm", ">=1.2.3")]
    [InlineData("npm", "1.2.3.4")]
    [InlineData("npm", "1.2.3-")]
    [InlineData("npm", "1.2.3+")]
    [InlineData("npm", "latest")]
    [InlineData("npm", "9007199254740992.0.0")]
    [InlineData("nuget", "")]
    [InlineData("nuget", "1.2.3.4.5")]
    [InlineData("nuget", "1.0.0-")]
    [InlineData("nuget", "v1.0.0")]
    [InlineData("nuget", "1.0.0-beta_1")]
    [InlineData("nuget", "[1.0,2.0)")]
    [InlineData("nuget", "1.0.0-alpha..1")]
    [InlineData("nuget", "latest")]
    [InlineData("go", "")]
    [InlineData("go", "v1")]
    [InlineData("go", "v1.2")]
    [InlineData("go", "v01.2.3")]
    [InlineData("go", "v1.2.3-")]
    [InlineData("go", "v1.2.3+build")]
    [InlineData("go", "v1.2.3+incompatible.1")]
    [InlineData("go", "=v1.2.3")]
    [InlineData("go", " v1.2.3")]
    [InlineData("go", "latest")]
    [InlineData("cargo", "")]
    [InlineData("cargo", "v1.2.3")]
    [InlineData("cargo", "=1.2.3")]
    [InlineData("cargo", "1.2")]
    [InlineData("cargo", "01.2.3")]
    [InlineData("cargo", "1.2.3-01")]
    [InlineData("cargo", "1.2.3 ")]
    [InlineData("cargo", "^1.2.3")]
    [InlineData("cargo", "18446744073709551616.0.0")]
    public void Scheme_RejectsInvalidVersion(string scheme, string text) =>
        Assert.False(SemVerFamilyOrderingTests.SchemeFor(scheme).TryParse(text, out _), $"{scheme} accepted '{text}'");

    [Fact]
    public void Npm_RejectsVersionsLongerThan256Characters() =>
        Assert.False(VersionSchemes.For(Core.Model.Ecosystem.Npm)!.TryParse("1.2.3-" + new string('a', 251), out _));

    [Theory]
    [InlineData("semver", "1.2.3-alpha.1+build.5")]
    [InlineData("npm", " =v1.2.3 ")]
    [InlineData("nuget", "1.0.0.1-beta+sha")]
    [InlineData("go", "v2.0.0+incompatible")]
    [InlineData("cargo", "1.0.0-alpha+001")]
    public void Scheme_AcceptsValidVersion(string scheme, string text) =>
        Assert.True(SemVerFamilyOrderingTests.SchemeFor(scheme).TryParse(text, out _), $"{scheme} rejected '{text}'");
}
