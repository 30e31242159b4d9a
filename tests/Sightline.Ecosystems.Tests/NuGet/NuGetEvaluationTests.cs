using Sightline.Ecosystems.NuGet;
using Sightline.Ecosystems.NuGet.MsBuild;
using Xunit;

namespace Sightline.Ecosystems.Tests.NuGet;

public class NuGetEvaluationTests
{
    [Theory]
    [InlineData("13.0.1", "13.0.1")]
    [InlineData("[13.0.1]", "13.0.1")]
    [InlineData("[13.0.1, 13.0.1]", "13.0.1")]
    [InlineData("13.0", "13.0.0")]
    [InlineData("1.0.0-beta.1", "1.0.0-beta.1")]
    [InlineData("13.*", null)]
    [InlineData("[1.0,2.0)", null)]
    [InlineData("[1.0, )", null)]
    [InlineData("(1.0,2.0]", null)]
    [InlineData("not-a-version", null)]
    public void Versions_ExactOnlyWhenOneVersionIsRestored(string text, string? expected)
    {
        var exact = NuGetVersions.TryExact(text, out var version, out var reason);

        Assert.Equal(expected is not null, exact);
        Assert.Equal(expected ?? string.Empty, version);
        Assert.Equal(expected is null, reason.Length > 0);
    }

    [Theory]
    [InlineData("'$(Configuration)' == 'Debug'", true)]
    [InlineData("'$(Configuration)|$(Platform)' == 'Debug|AnyCPU'", true)]
    [InlineData("'$(TargetFramework)' != 'net481' and '$(Configuration)' == 'Release'", false)]
    [InlineData("'$(Missing)' == '' or Exists('x')", true)]
    [InlineData("Exists('x')", null)]
    [InlineData("$(TargetFramework.Contains('-android'))", null)]
    [InlineData("!$([MSBuild]::IsOSPlatform('windows'))", null)]
    [InlineData("('$(Configuration)' == 'Debug') AND !('a' == 'b')", true)]
    [InlineData("'$(Undefined)' == 'x'", null)]
    [InlineData("'broken", null)]
    public void Condition_EvaluatesSimpleComparisons_UnknownOtherwise(string condition, bool? expected)
    {
        string? Lookup(string name) => name switch
        {
            "Configuration" => "Debug",
            "Platform" => "AnyCPU",
            "TargetFramework" => "net8.0",
            "Missing" => string.Empty,
            _ => null,
        };

        Assert.Equal(expected, MsBuildCondition.Evaluate(condition, Lookup));
    }

    [Fact]
    public void Expander_LeavesUndefinedAndFunctionsAsWritten()
    {
        string? Lookup(string name) => name == "A" ? "1.0" : null;

        Assert.Equal("1.0-$(B)-$([MSBuild]::X('y'))", MsBuildExpander.Expand("$(A)-$(B)-$([MSBuild]::X('y'))", Lookup));
        Assert.Contains("property B is not defined", MsBuildExpander.Explain("$(B)"), StringComparison.Ordinal);
    }
}
