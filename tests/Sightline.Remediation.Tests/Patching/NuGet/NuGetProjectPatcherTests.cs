using Sightline.Ecosystems.NuGet;
using Sightline.Remediation.Patching;
using Xunit;
using static Sightline.Remediation.Tests.Patching.PatchAssert;

namespace Sightline.Remediation.Tests.Patching.NuGet;

public sealed class NuGetProjectPatcherTests
{
    private static readonly IManifestPatcher Patcher = Patchers.For(Core.Model.Ecosystem.NuGet, "a/b.csproj")!;

    [Fact]
    public void VersionAttribute_IsEditedInPlace_KeepingTheBom()
    {
        var before = Real("nuget", "ppy__osu", "osu.Game", "osu.Game.csproj");

        var result = Patcher.Patch("osu.Game/osu.Game.csproj", before, new PatchRequest("DiffPlex", "1.9.0", "1.9.1", PatchKind.Bump));

        var after = Patched(result);
        Assert.StartsWith("\uFEFF<Project", after, StringComparison.Ordinal);
        DiffIs("""
            --- a/osu.Game/osu.Game.csproj
            +++ b/osu.Game/osu.Game.csproj
            @@ -22,7 +22,7 @@
                 <PackageReference Include="AutoMapper" Version="13.0.1">
                   <NoWarn>NU1903</NoWarn>
                 </PackageReference>
            -    <PackageReference Include="DiffPlex" Version="1.9.0" />
            +    <PackageReference Include="DiffPlex" Version="1.9.1" />
                 <PackageReference Include="HtmlAgilityPack" Version="1.12.4" />
                 <!-- Held back due to .NET 9 requirement. See https://github.com/Humanizr/Humanizer?tab=readme-ov-file#supported-frameworks -->
                 <PackageReference Include="Humanizer" Version="2.14.1" />

            """, "osu.Game/osu.Game.csproj", before, after);
        Assert.Equal(["osu.Game/osu.Game.csproj: PackageReference DiffPlex Version 1.9.0 → 1.9.1"], result.Changes);
        Assert.Contains("1.9.1", Declared(Extract(new NuGetExtractor(), ("osu.Game/osu.Game.csproj", after)), "DiffPlex"));
    }

    [Fact]
    public void CentralVersionFromAProperty_EditsThePropertyDefinedInTheSameFile()
    {
        var before = Real("nuget", "dotnet__eShop", "Directory.Packages.props");

        var result = Patcher.Patch("Directory.Packages.props", before, new PatchRequest("Aspire.Npgsql.EntityFrameworkCore.PostgreSQL", "13.1.0", "13.1.2", PatchKind.Bump));

        var after = Patched(result);
        DiffIs("""
            --- a/Directory.Packages.props
            +++ b/Directory.Packages.props
            @@ -4,7 +4,7 @@
                 <CentralPackageTransitivePinningEnabled>true</CentralPackageTransitivePinningEnabled>
                 <AspnetVersion>10.0.0</AspnetVersion>
                 <MicrosoftExtensionsVersion>10.1.0</MicrosoftExtensionsVersion>
            -    <AspireVersion>13.1.0</AspireVersion>
            +    <AspireVersion>13.1.2</AspireVersion>
                 <AspireUnstablePackagesVersion>13.1.0-preview.1.25616.3</AspireUnstablePackagesVersion>
                 <GrpcVersion>2.71.0</GrpcVersion>
                 <DuendeVersion>7.3.1</DuendeVersion>

            """, "Directory.Packages.props", before, after);
        Assert.Equal(["Directory.Packages.props: property AspireVersion 13.1.0 → 13.1.2"], result.Changes);
        var project = Real("nuget", "dotnet__eShop", "src", "Catalog.API", "Catalog.API.csproj");
        var graphs = Extract(new NuGetExtractor(), ("Directory.Packages.props", after), ("src/Catalog.API/Catalog.API.csproj", project));
        Assert.Contains("13.1.2", Declared(graphs, "Aspire.Npgsql.EntityFrameworkCore.PostgreSQL"));
        Assert.DoesNotContain("13.1.0", Declared(graphs, "Aspire.Npgsql.EntityFrameworkCore.PostgreSQL"));
    }

    [Fact]
    public void CentrallyManagedReference_IsRefusedInTheProject()
    {
        var before = Real("nuget", "dotnet__eShop", "src", "Catalog.API", "Catalog.API.csproj");

        var bump = Patcher.Patch("src/Catalog.API/Catalog.API.csproj", before, new PatchRequest("Pgvector", "0.3.2", "0.3.3", PatchKind.Bump));
        var pin = Patcher.Patch("src/Catalog.API/Catalog.API.csproj", before, new PatchRequest("Npgsql", "9.0.0", "9.0.3", PatchKind.Pin));

        Assert.Equal("src/Catalog.API/Catalog.API.csproj: Pgvector has no version here (central package management: its PackageVersion is in Directory.Packages.props)", bump.Problem);
        Assert.Equal("src/Catalog.API/Catalog.API.csproj: central package management: pin Npgsql in Directory.Packages.props", pin.Problem);
        Assert.Null(bump.NewText);
        Assert.Null(pin.NewText);
    }

    [Fact]
    public void ExactBracketVersion_KeepsItsBrackets_AndTheLockfileIsRestored()
    {
        var before = Real("nuget", "bitwarden__server", "src", "Core", "Core.csproj");

        var after = Patched(Patcher.Patch("src/Core/Core.csproj", before, new PatchRequest("AWSSDK.SQS", "4.0.2.5", "4.0.2.6", PatchKind.Bump)));

        Assert.Equal(before.Replace("\"AWSSDK.SQS\" Version=\"[4.0.2.5]\"", "\"AWSSDK.SQS\" Version=\"[4.0.2.6]\"", StringComparison.Ordinal), after);
        Assert.Equal(
            ["dotnet", "restore", "Core.csproj", "--force-evaluate"],
            Patcher.LockfileCommand("src/Core/Core.csproj", ["src/Core/Core.csproj", "src/Core/packages.lock.json"]));
        Assert.Null(Patcher.LockfileCommand("src/Api/Api.csproj", ["src/Api/Api.csproj", "src/Core/packages.lock.json"]));
    }

    [Fact]
    public void PropertyDefinedElsewhere_IsReturnedForTheCaller()
    {
        const string Before = "<Project>\n  <ItemGroup>\n    <PackageReference Include=\"Newtonsoft.Json\" Version=\"$(NewtonsoftVersion)\" />\n  </ItemGroup>\n</Project>\n";

        var result = Patcher.Patch("a.csproj", Before, new PatchRequest("newtonsoft.json", "12.0.1", "13.0.1", PatchKind.Bump));

        Assert.Null(result.NewText);
        Assert.Equal("NewtonsoftVersion", result.Property);
        Assert.Equal("a.csproj: newtonsoft.json's version is $(NewtonsoftVersion), defined in another file", result.Problem);
    }

    [Fact]
    public void PatchProperty_EditsEveryDefinition_AndRefusesAnUndefinedOne()
    {
        const string Before = "<Project>\r\n\t<PropertyGroup>\r\n\t\t<NewtonsoftVersion>12.0.1</NewtonsoftVersion>\r\n\t</PropertyGroup>\r\n\t<PropertyGroup Condition=\"'$(TargetFramework)' == 'net48'\">\r\n\t\t<NewtonsoftVersion> 11.0.2 </NewtonsoftVersion>\r\n\t</PropertyGroup>\r\n</Project>";

        var result = Patcher.PatchProperty("Directory.Build.props", Before, "NewtonsoftVersion", "13.0.1");
        var missing = Patcher.PatchProperty("Directory.Build.props", Before, "OtherVersion", "1.0.0");

        Assert.Equal(Before.Replace("12.0.1", "13.0.1", StringComparison.Ordinal).Replace("11.0.2", "13.0.1", StringComparison.Ordinal), Patched(result));
        Assert.Null(missing.NewText);
        Assert.Equal("Directory.Build.props: property OtherVersion is not defined here", missing.Problem);
    }

    [Theory]
    [InlineData("<PackageReference Update=\"Serilog\">\n      <Version>2.10.0</Version>\n    </PackageReference>", "<PackageReference Update=\"Serilog\">\n      <Version>3.1.1</Version>\n    </PackageReference>")]
    [InlineData("<PackageReference Include=\"serilog\" VersionOverride=\"2.10.0\" />", "<PackageReference Include=\"serilog\" VersionOverride=\"3.1.1\" />")]
    [InlineData("<PackageReference Include='Serilog' Version='2.10.0' />", "<PackageReference Include='Serilog' Version='3.1.1' />")]
    public void VersionForms_AreEditedWhereTheyStand(string item, string expected)
    {
        var before = "<Project>\n  <ItemGroup>\n    " + item + "\n  </ItemGroup>\n</Project>\n";

        var after = Patched(Patcher.Patch("a.csproj", before, new PatchRequest("Serilog", null, "3.1.1", PatchKind.Bump)));

        Assert.Equal(before.Replace(item, expected, StringComparison.Ordinal), after);
    }

    [Theory]
    [InlineData("2.*", "'2.*' is a floating version")]
    [InlineData("[2.0,3.0)", "'[2.0,3.0)' is a range or an expression, not a version")]
    public void FloatingAndRangeVersions_AreRefused(string version, string problem)
    {
        var before = "<Project><ItemGroup><PackageReference Include=\"Serilog\" Version=\"" + version + "\" /></ItemGroup></Project>";

        var result = Patcher.Patch("a.csproj", before, new PatchRequest("Serilog", null, "3.1.1", PatchKind.Bump));

        Assert.Equal("a.csproj: PackageReference Serilog Version: " + problem, result.Problem);
    }

    [Fact]
    public void MalformedXml_IsAProblem()
    {
        var result = Patcher.Patch("a.csproj", "<Project><ItemGroup></Project>", new PatchRequest("Serilog", null, "3.1.1", PatchKind.Bump));

        Assert.Null(result.NewText);
        Assert.StartsWith("a.csproj: not well-formed XML (", result.Problem, StringComparison.Ordinal);
    }
}
