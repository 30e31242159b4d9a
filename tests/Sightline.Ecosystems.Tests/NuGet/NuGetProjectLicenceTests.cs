using Sightline.Core.Repositories;
using Xunit;
using static Sightline.Ecosystems.Tests.NuGet.NuGetTestSupport;

namespace Sightline.Ecosystems.Tests.NuGet;

/// <summary>The project's own licence (node 0) is its evaluated PackageLicenseExpression property.</summary>
public class NuGetProjectLicenceTests
{
    [Fact]
    public void PackageLicenseExpression_FromDirectoryBuildProps_BecomesTheRootLicence()
    {
        var result = RunFixture("build-props-chain");
        Assert.Equal("Apache-2.0 OR MIT", Graph(result, "src/App/App.csproj").Root.License);
    }

    [Fact]
    public void EachProject_HasItsOwnLicence_OrNoneWhenItStatesNone()
    {
        var result = RunFixture("project-reference");
        Assert.Empty(result.Errors);
        Assert.Equal("MIT", Graph(result, "A/A.csproj").Root.License);
        Assert.Null(Graph(result, "B/B.csproj").Root.License);
    }

    [Theory]
    [InlineData("<PackageLicenseExpression>   </PackageLicenseExpression>")]
    [InlineData("<PackageLicenseExpression>$(NotDefinedAnywhere)</PackageLicenseExpression>")]
    [InlineData("<PackageLicenseFile>LICENSE.txt</PackageLicenseFile>")]
    [InlineData("<PackageLicenseExpression Condition=\"'$(Configuration)' == 'Release'\">MIT</PackageLicenseExpression>")]
    public void EmptyUndefinedOrFileOnlyLicence_IsNull_AndTheGraphIsKept(string property)
    {
        var csproj = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>{property}</PropertyGroup>
              <ItemGroup><PackageReference Include="Newtonsoft.Json" Version="13.0.3" /></ItemGroup>
            </Project>
            """;
        var result = Run(new InMemoryRepository().Add("App/App.csproj", csproj));
        var graph = Graph(result, "App/App.csproj");
        Assert.Null(graph.Root.License);
        Assert.Equal("13.0.3", Node(graph, "Newtonsoft.Json").Version);
    }
}
