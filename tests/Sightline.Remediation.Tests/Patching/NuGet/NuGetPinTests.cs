using Sightline.Ecosystems.NuGet;
using Sightline.Remediation.Patching;
using Xunit;
using static Sightline.Remediation.Tests.Patching.PatchAssert;

namespace Sightline.Remediation.Tests.Patching.NuGet;

public sealed class NuGetPinTests
{
    private static readonly IManifestPatcher Patcher = Patchers.For(Core.Model.Ecosystem.NuGet, "Directory.Packages.props")!;

    [Fact]
    public void Pin_InCentralProps_AddsPackageVersionAndSwitchesOnTransitivePinning()
    {
        var before = Real("nuget", "DapperLib__Dapper", "Directory.Packages.props");

        var result = Patcher.Patch("Directory.Packages.props", before, new PatchRequest("System.Text.Json", "8.0.0", "8.0.5", PatchKind.Pin));

        var after = Patched(result);
        DiffIs("""
            --- a/Directory.Packages.props
            +++ b/Directory.Packages.props
            @@ -1,4 +1,7 @@
             <Project>
            +  <PropertyGroup>
            +    <CentralPackageTransitivePinningEnabled>true</CentralPackageTransitivePinningEnabled>
            +  </PropertyGroup>
               <ItemGroup>
                 <!-- note: 6.2.0 has regressions; don't force the update -->
                 <PackageVersion Include="EntityFramework" Version="6.1.3" />
            @@ -51,6 +54,7 @@
                 <PackageVersion Include="System.ValueTuple" Version="4.6.2" />
                 <PackageVersion Include="xunit" Version="2.9.3" />
                 <PackageVersion Include="xunit.runner.visualstudio" Version="3.1.5" />
            +    <PackageVersion Include="System.Text.Json" Version="8.0.5" />
               </ItemGroup>
               <ItemGroup>
                 <GlobalPackageReference Include="ReferenceTrimmer" Version="3.5.7" />

            """, "Directory.Packages.props", before, after);
        Assert.Equal(
            [
                "Directory.Packages.props: PackageVersion System.Text.Json = 8.0.5 (added)",
                "Directory.Packages.props: CentralPackageTransitivePinningEnabled = true (added: central transitive pinning)",
            ],
            result.Changes);
    }

    [Fact]
    public void Pin_WhenPinningIsOn_OnlyAddsThePackageVersion()
    {
        var before = Real("nuget", "dotnet__eShop", "Directory.Packages.props");

        var result = Patcher.Patch("Directory.Packages.props", before, new PatchRequest("System.Text.Json", "8.0.0", "8.0.5", PatchKind.Pin));

        var after = Patched(result);
        Assert.Equal(["Directory.Packages.props: PackageVersion System.Text.Json = 8.0.5 (added)"], result.Changes);
        Assert.Equal(before.Split('\n').Length + 1, after.Split('\n').Length);
        Assert.Contains("    <PackageVersion Include=\"Aspire.Azure.AI.OpenAI\" Version=\"$(AspireUnstablePackagesVersion)\" />\n", after, StringComparison.Ordinal);
        var again = Patcher.Patch("Directory.Packages.props", after, new PatchRequest("System.Text.Json", "8.0.5", "8.0.5", PatchKind.Pin));
        Assert.Null(again.NewText);
        Assert.Null(again.Problem);
    }

    [Fact]
    public void Pin_InAProjectWithoutCentralManagement_AddsAPackageReference()
    {
        var before = Real("nuget", "ppy__osu", "osu.Game", "osu.Game.csproj");

        var result = Patcher.Patch("osu.Game/osu.Game.csproj", before, new PatchRequest("System.Text.Json", "8.0.0", "8.0.5", PatchKind.Pin));

        var after = Patched(result);
        Assert.Equal(1, after.Split('\n').Length - before.Split('\n').Length);
        Assert.Contains("    <PackageReference Include=\"System.Runtime.Handles\" Version=\"4.3.0\" />\n    <PackageReference Include=\"System.Text.Json\" Version=\"8.0.5\" />\n  </ItemGroup>", after, StringComparison.Ordinal);
        Assert.Contains("8.0.5", Declared(Extract(new NuGetExtractor(), ("osu.Game/osu.Game.csproj", after)), "System.Text.Json"));
    }

    [Fact]
    public void Pin_InDirectoryBuildProps_IsRefused()
    {
        var result = Patcher.Patch("Directory.Build.props", "<Project>\n</Project>\n", new PatchRequest("A", null, "1.0.0", PatchKind.Pin));

        Assert.Equal("Directory.Build.props: a reference added here would join every project: pin A in the project or in Directory.Packages.props", result.Problem);
    }

    [Fact]
    public void LockfileCommand_ForCentralProps_RestoresTheSolutionBelowIt()
    {
        Assert.Equal(
            ["dotnet", "restore", "App.sln", "--force-evaluate"],
            Patcher.LockfileCommand("Directory.Packages.props", ["App.sln", "Directory.Packages.props", "src/A/A.csproj", "src/A/packages.lock.json"]));
        Assert.Null(Patcher.LockfileCommand("Directory.Packages.props", ["App.sln", "Directory.Packages.props", "src/A/A.csproj"]));
    }
}
