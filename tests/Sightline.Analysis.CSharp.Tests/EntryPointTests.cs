using Sightline.Core.Code;

namespace Sightline.Analysis.CSharp.Tests;

public sealed class EntryPointTests
{
    private const string Library = "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>";
    private const string Exe = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>";

    private static EntryPointKind EntryOf(string source, string id, string? project = null, CSharpAnalyserOptions? options = null) =>
        Assert.Single(Analysis.Single(source, options, project: project).Definitions, d => d.Id == id).Entry;

    [Theory]
    [InlineData("public class OrdersController { public void Get() { } }")]
    [InlineData("[Microsoft.AspNetCore.Mvc.ApiController] public class Orders { public void Get() { } }")]
    [InlineData("public class Orders : Microsoft.AspNetCore.Mvc.Controller { public void Get() { } }")]
    public void ControllerActions_AreHttpHandlers_BoundOrByName(string source)
    {
        var unbound = new CSharpAnalyserOptions { PackageFolder = string.Empty, AspNetCoreFramework = false };
        Assert.Equal(EntryPointKind.HttpHandler, EntryOf("namespace App; " + source, source.Contains("OrdersController", StringComparison.Ordinal) ? "App.OrdersController.Get" : "App.Orders.Get", options: unbound));
    }

    [Theory]
    [InlineData("public class HomeController { private void Helper() { } }", "App.HomeController.Helper")]
    [InlineData("public class HomeController { [NonAction] public void Helper() { } }", "App.HomeController.Helper")]
    [InlineData("public class Worker { public void ExecuteAsync() { } }", "App.Worker.ExecuteAsync")]
    public void OtherMethods_AreNotEntryPoints_InAnApp(string source, string id) =>
        Assert.Equal(EntryPointKind.None, EntryOf("namespace App; " + source, id, Exe));

    [Theory]
    [InlineData("public class Sync : Microsoft.Extensions.Hosting.BackgroundService { protected override System.Threading.Tasks.Task ExecuteAsync(System.Threading.CancellationToken t) => null!; }", "App.Sync.ExecuteAsync")]
    [InlineData("public class Sync : Microsoft.Extensions.Hosting.IHostedService { public System.Threading.Tasks.Task StartAsync(System.Threading.CancellationToken t) => null!; public System.Threading.Tasks.Task StopAsync(System.Threading.CancellationToken t) => null!; }", "App.Sync.StartAsync")]
    public void HostedServiceMethods_AreHostedServiceEntries(string source, string id) =>
        Assert.Equal(EntryPointKind.HostedService, EntryOf("namespace App; " + source, id, Exe));

    [Fact]
    public void StaticMain_IsTheMainEntry() =>
        Assert.Equal(EntryPointKind.Main, EntryOf("namespace App; static class Program { static void Main() { } }", "App.Program.Main", Exe));

    [Fact]
    public void MinimalApiMethodGroup_InTheSameFile_IsAnHttpHandler()
    {
        var source = "using Microsoft.AspNetCore.Builder;\nvar app = WebApplication.Create();\napp.MapGet(\"/\", Handlers.Hello);\nstatic class Handlers { public static string Hello() => \"hi\"; }";
        var web = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>";
        Assert.Equal(EntryPointKind.HttpHandler, EntryOf(source, "Handlers.Hello", web));
    }

    [Theory]
    [InlineData(Library, EntryPointKind.PublicApi)]
    [InlineData(Exe, EntryPointKind.None)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>", EntryPointKind.None)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"xunit\" /></ItemGroup></Project>", EntryPointKind.None)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup></Project>", EntryPointKind.None)]
    public void PublicMethodsOfPublicTypes_ArePublicApi_OnlyInALibrary(string project, EntryPointKind expected) =>
        Assert.Equal(expected, EntryOf("namespace Lib; public class Api { public void Run() { } }", "Lib.Api.Run", project));

    [Theory]
    [InlineData("namespace Lib; internal class Api { public void Run() { } }", "Lib.Api.Run")]
    [InlineData("namespace Lib; public class Api { internal void Run() { } }", "Lib.Api.Run")]
    [InlineData("namespace Lib; public class Api { class Hidden { public void Run() { } } }", "Lib.Api.Hidden.Run")]
    public void NonPublicCode_IsNotPublicApi(string source, string id) =>
        Assert.Equal(EntryPointKind.None, EntryOf(source, id, Library));

    [Theory]
    [InlineData("tests/App/CTests.cs", true)]
    [InlineData("src/test/C.cs", true)]
    [InlineData("src/App/OrderTests.cs", true)]
    [InlineData("src/App/Contest.cs", false)]
    [InlineData("src/Testing/C.cs", false)]
    public void TestFiles_AreRecognisedByFolderAndName(string path, bool isTest) =>
        Assert.Equal(isTest, Analysis.Single("class C { }", path: path).IsTest);
}
