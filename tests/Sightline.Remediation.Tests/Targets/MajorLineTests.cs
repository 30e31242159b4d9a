using Sightline.Core.Model;
using Sightline.Remediation.Targets;
using Xunit;

namespace Sightline.Remediation.Tests.Targets;

public class MajorLineTests
{
    [Theory]
    [InlineData(Ecosystem.Maven, "2.17.1", "2")]
    [InlineData(Ecosystem.Maven, "5.2.20.RELEASE", "5")]
    [InlineData(Ecosystem.Npm, "0.3.7", "0.3")]
    [InlineData(Ecosystem.Npm, "0.0.4", "0.0")]
    [InlineData(Ecosystem.Cargo, "0.12.0", "0.12")]
    [InlineData(Ecosystem.Packagist, "v0.9.1", "0.9")]
    [InlineData(Ecosystem.Go, "v0.17.0", "0")]
    [InlineData(Ecosystem.Go, "v2.1.0+incompatible", "2")]
    [InlineData(Ecosystem.PyPI, "1!2.0", "1!2")]
    [InlineData(Ecosystem.PyPI, "0.9", "0")]
    [InlineData(Ecosystem.NuGet, "013.0.1", "13")]
    public void Key_IsTheCompatibilityLine(Ecosystem ecosystem, string version, string expected) =>
        Assert.Equal(expected, MajorLine.Key(ecosystem, version));

    [Theory]
    [InlineData("RELEASE")]
    [InlineData("")]
    [InlineData("v")]
    public void Key_WithoutALeadingNumber_IsNull(string version) => Assert.Null(MajorLine.Key(Ecosystem.Maven, version));
}
