using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>
/// A library repository publishes Acme.Lib (on Newtonsoft.Json); a service without a lockfile declares
/// Acme.Lib only, so its own graph stops there and the path must continue in the library's repository.
/// </summary>
public class InternalPackageTests
{
    private static string WriteFleet(TempFolder temp)
    {
        temp.Write("fleet/acme-lib/src/Acme.Lib/Acme.Lib.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net8.0</TargetFramework><PackageId>Acme.Lib</PackageId><Version>2.0.0</Version></PropertyGroup>
              <ItemGroup><PackageReference Include="Newtonsoft.Json" Version="12.0.1" /></ItemGroup>
            </Project>
            """);
        temp.Write("fleet/acme-lib/tests/Acme.Lib.Tests/Acme.Lib.Tests.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.8.0" /></ItemGroup>
            </Project>
            """);
        temp.Write("fleet/orders/src/Orders/Orders.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup><TargetFramework>net8.0</TargetFramework><OutputType>Exe</OutputType></PropertyGroup>
              <ItemGroup><PackageReference Include="Acme.Lib" Version="[2.0.0]" /></ItemGroup>
            </Project>
            """);
        return Path.Combine(temp.Path, "fleet");
    }

    [Fact]
    public async Task WhoUses_InternalPackage_NamesTheRepositoryThatBuildsIt()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(temp.Database, "index", WriteFleet(temp));

        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "Acme.Lib", "--format", "json");

        Assert.Equal(0, who.ExitCode);
        var producer = Assert.Single(who.Json.GetProperty("producedBy").EnumerateArray());
        Assert.Equal("acme-lib", producer.GetProperty("repository").GetString());
        Assert.Equal("src/Acme.Lib/Acme.Lib.csproj", producer.GetProperty("manifest").GetString());
        Assert.Equal("2.0.0", producer.GetProperty("version").GetString());
        Assert.Equal("orders", Assert.Single(who.Json.GetProperty("uses").EnumerateArray()).GetProperty("repository").GetString());
    }

    [Fact]
    public async Task TestProjectsAndApplications_AreNotPublished()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(temp.Database, "index", WriteFleet(temp));

        var tests = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "Acme.Lib.Tests", "--format", "json");
        var orders = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "Orders", "--format", "json");

        Assert.Empty(tests.Json.GetProperty("producedBy").EnumerateArray());
        Assert.Empty(orders.Json.GetProperty("producedBy").EnumerateArray());
    }

    [Fact]
    public async Task Why_ContinuesIntoTheLibraryRepository()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(temp.Database, "index", WriteFleet(temp));

        var why = await CliRun.RunAsync(temp.Database, "deps", "why", "orders", "Newtonsoft.Json", "--format", "json");

        Assert.Equal(0, why.ExitCode);
        Assert.Empty(why.Json.GetProperty("occurrences").EnumerateArray());
        var path = Assert.Single(why.Json.GetProperty("throughInternalLibraries").EnumerateArray());
        var segments = path.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(["orders", "acme-lib"], segments.Select(s => s.GetProperty("repository").GetString()));
        Assert.Equal(["Acme.Lib@2.0.0"], segments[0].GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["Newtonsoft.Json@12.0.1"], segments[1].GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("src/Acme.Lib/Acme.Lib.csproj", segments[1].GetProperty("manifest").GetString());

        var text = await CliRun.RunAsync(temp.Database, "deps", "why", "orders", "Newtonsoft.Json");
        Assert.Contains("[orders:src/Orders/Orders.csproj] Acme.Lib@2.0.0 => [acme-lib:src/Acme.Lib/Acme.Lib.csproj] Newtonsoft.Json@12.0.1", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoUses_ListsConsumersThroughTheInternalLibrary()
    {
        using var temp = new TempFolder();
        await CliRun.RunAsync(temp.Database, "index", WriteFleet(temp));

        var who = await CliRun.RunAsync(temp.Database, "deps", "who-uses", "Newtonsoft.Json", "--format", "json");

        var uses = who.Json.GetProperty("uses").EnumerateArray().ToList();
        Assert.Equal(["acme-lib", "orders"], uses.Select(u => u.GetProperty("repository").GetString()));
        var through = uses[1];
        Assert.Equal("Acme.Lib (built by acme-lib)", through.GetProperty("through").GetString());
        Assert.Equal("12.0.1", through.GetProperty("version").GetString());
        Assert.False(through.GetProperty("direct").GetBoolean());
        Assert.Equal(["Acme.Lib@2.0.0 => [acme-lib:src/Acme.Lib/Acme.Lib.csproj] Newtonsoft.Json@12.0.1"],
            through.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }
}
