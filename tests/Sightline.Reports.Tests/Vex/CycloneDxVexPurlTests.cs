using Sightline.Reports.Vex;
using Xunit;

namespace Sightline.Reports.Tests.Vex;

public sealed class CycloneDxVexPurlTests
{
    [Theory]
    [InlineData("pkg:pypi/requests@2.31.0?arch=x86_64#src/requests", "- requests 2.31.0")]
    [InlineData("pkg:golang/github.com/gorilla/mux@v1.8.0", "github.com/gorilla mux v1.8.0")]
    [InlineData("pkg:npm/%40types/node@20.1.0", "@types node 20.1.0")]
    [InlineData("pkg:nuget/Newtonsoft.Json@13.0.1%2Bbuild", "- Newtonsoft.Json 13.0.1+build")]
    [InlineData("pkg:cargo/serde", "- serde -")]
    public void LibraryComponent_IsNamedFromItsPurl(string purl, string expected)
    {
        var statement = VexSamples.Small.Statements[0] with { Subcomponents = [new VexSubcomponent(purl, "ref-1")] };
        var bom = VexOutput.Parse(VexOutput.CycloneDx(VexSamples.Small with { Statements = [statement] }));

        var component = bom.GetProperty("components").EnumerateArray().Single();
        var group = component.TryGetProperty("group", out var g) ? g.GetString() : "-";
        var version = component.TryGetProperty("version", out var v) ? v.GetString() : "-";
        Assert.Equal(expected, $"{group} {component.GetProperty("name").GetString()} {version}");
        Assert.Equal(purl, component.GetProperty("purl").GetString());
    }
}
