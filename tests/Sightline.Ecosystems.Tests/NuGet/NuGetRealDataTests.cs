using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.NuGet.NuGetTestSupport;

namespace Sightline.Ecosystems.Tests.NuGet;

/// <summary>Exact values from real repositories; testdata/nuget/README.md gives the command behind each number.</summary>
public class NuGetRealDataTests
{
    [Fact]
    public void PackagesLockV1_Bitwarden_Admin_NodesDirectTransitiveAndProjects()
    {
        var graph = Graph(RunCorpus("bitwarden__server"), "src/Admin/Admin.csproj");

        Assert.Equal("packages.lock.json v1", graph.Kind);
        Assert.Equal("src/Admin/packages.lock.json", graph.LockfilePath);
        Assert.Equal("Admin", graph.Root.Name);
        Assert.Equal("2026.8.0", graph.Root.Version); // <Version> of Directory.Build.props
        Assert.Equal(165, graph.Nodes.Count - 1);
        Assert.Empty(graph.Unresolved);
        Assert.Equal(16, graph.Nodes.Count(n => n.Source == PackageSource.Local && n.Id != 0));

        var features = Node(graph, "Bitwarden.Server.Sdk.Features", "1.4.0");
        Assert.True(features.Direct);
        Assert.Equal(DependencyScope.Runtime, features.Scope);
        Assert.Equal("74Ir68CSZSUvZvVkb2CaUNHSAZcFMtZY5pReHz+K1eQX6+Am29iWS1i8DbQWq9F6KmCAEbqcGDyfAo4gRCurbg==", features.Integrity);
        Assert.Equal("net10.0", features.Location);

        var launchDarkly = Node(graph, "LaunchDarkly.ServerSdk", "8.14.1");
        Assert.False(launchDarkly.Direct);
        Assert.Equal(["Bitwarden.Server.Sdk.Features@1.4.0", "LaunchDarkly.ServerSdk@8.14.1"], PathTo(graph, launchDarkly));

        var core = Node(graph, "core");
        Assert.Equal(PackageSource.Local, core.Source);
        Assert.True(core.Direct);
        Assert.Equal("src/Core/Core.csproj", core.Resolved);
    }

    [Fact]
    public void PackagesLockV1_Bitwarden_CoreTest_PrivateAssetsAllIsDev()
    {
        var graph = Graph(RunCorpus("bitwarden__server"), "test/Core.Test/Core.Test.csproj");

        Assert.Equal(173, graph.Nodes.Count - 1);
        var coverlet = Node(graph, "coverlet.collector", "6.0.0");
        Assert.Equal(DependencyScope.Dev, coverlet.Scope);
        Assert.True(coverlet.Direct);
        var xunit = Node(graph, "xunit", "2.6.6");
        Assert.Equal(DependencyScope.Runtime, xunit.Scope);
        Assert.Contains(graph.Edges, e => e.From == xunit.Id && graph.Nodes[e.To].Name == "xunit.core" && e.Requirement == "[2.6.6]");
        var castle = Node(graph, "Castle.Core");
        Assert.Equal(["NSubstitute@5.1.0", castle.ToString()], PathTo(graph, castle));
    }

    [Fact]
    public void PackagesLock_MultiTarget_MergesFrameworks()
    {
        var graph = Graph(RunCorpus("CycloneDX__cyclonedx-dotnet"), "CycloneDX/CycloneDX.csproj");

        Assert.Equal("packages.lock.json v2", graph.Kind);
        Assert.Equal(25, graph.Nodes.Count - 1);
        Assert.Equal("net10.0;net8.0;net9.0", Node(graph, "CycloneDX.Core", "12.1.1").Location);
        Assert.Equal("net8.0", Node(graph, "Humanizer.Core", "2.14.1").Location);
        Assert.Equal("net10.0;net9.0", Node(graph, "Humanizer.Core", "3.0.1").Location);
        var humanizer = Node(graph, "Humanizer.Core", "2.14.1");
        Assert.Equal(["CycloneDX.Core@12.1.1", "JsonSchema.Net@9.1.1", "JsonPointer.Net@7.0.0", "Humanizer.Core@2.14.1"], PathTo(graph, humanizer));
        Assert.Equal(5, graph.Edges.Count(e => e.From == 0));
        Assert.Equal("CycloneDX", graph.Root.Name); // <PackageId>
    }

    [Fact]
    public void PackagesLockV2_CycloneDxTests_CentralTransitiveIsPinnedNotDirect()
    {
        var graph = Graph(RunCorpus("CycloneDX__cyclonedx-dotnet"), "CycloneDX.Tests/CycloneDX.Tests.csproj");

        Assert.Equal(45, graph.Nodes.Count - 1);
        var core = Node(graph, "CycloneDX.Core", "12.1.1");
        Assert.False(core.Direct);
        Assert.Contains("CentralTransitive", core.Location, StringComparison.Ordinal);
        Assert.Equal(["cyclonedx", "CycloneDX.Core@12.1.1"], PathTo(graph, core));
        Assert.Equal(PackageSource.Local, Node(graph, "cyclonedx").Source);
        Assert.Equal(DependencyScope.Dev, Node(graph, "coverlet.collector").Scope);
    }

    [Fact]
    public void Csproj_EShop_CentralVersionsFromDirectoryPackagesProps()
    {
        var result = RunCorpus("dotnet__eShop");
        var graph = Graph(result, "src/Catalog.API/Catalog.API.csproj");

        Assert.Equal("csproj (no lockfile)", graph.Kind);
        Assert.Null(graph.LockfilePath);
        Assert.Equal(11, graph.Nodes.Count - 1);
        Assert.Equal("8.1.0", Node(graph, "Asp.Versioning.Http").Version); // $(ApiVersioningVersion)
        Assert.Equal("13.1.0-preview.1.25616.3", Node(graph, "Aspire.Azure.AI.OpenAI").Version);
        Assert.Equal(DependencyScope.Dev, Node(graph, "Microsoft.EntityFrameworkCore.Tools", "10.0.1").Scope);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "Pgvector", "0.3.2").Scope);
        var rabbit = Node(graph, "EventBusRabbitMQ");
        Assert.Equal(PackageSource.Local, rabbit.Source);
        Assert.Equal("src/EventBusRabbitMQ/EventBusRabbitMQ.csproj", rabbit.Resolved);
        var unresolved = Assert.Single(graph.Unresolved);
        Assert.Contains("transitive dependencies are unknown", unresolved.Reason, StringComparison.Ordinal);

        // ManagePackageVersionsCentrally=false in the project turns CPM off: its own versions count.
        var client = Graph(result, "src/ClientApp/ClientApp.csproj");
        Assert.Equal(11, client.Nodes.Count - 1);
        Assert.Equal("6.0.0", Node(client, "IdentityModel.OidcClient").Version);
        Assert.Equal(DependencyScope.Dev, Node(client, "Grpc.Tools", "2.69.0").Scope);
        Assert.Equal("net10.0-android;net10.0-ios;net10.0-maccatalyst;net10.0", Node(client, "Google.Protobuf", "3.29.3").Location);
    }

    [Fact]
    public void Csproj_Dapper_VersionOverridePerFrameworkAndGlobalPackageReference()
    {
        var graph = Graph(RunCorpus("DapperLib__Dapper"), "tests/Dapper.Tests/Dapper.Tests.csproj");

        Assert.Equal(20, graph.Nodes.Count - 1);
        Assert.Equal("net481", Node(graph, "Npgsql", "8.0.9").Location);
        Assert.Equal("net8.0;net10.0", Node(graph, "Npgsql", "10.0.2").Location);
        Assert.Equal("net481", Node(graph, "DuckDB.NET.Data.Full", "1.4.4").Location);
        var trimmer = Node(graph, "ReferenceTrimmer", "3.5.7");
        Assert.Equal(DependencyScope.Dev, trimmer.Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "Nerdbank.GitVersioning", "3.9.50").Scope); // Directory.Build.props
        Assert.Equal("Dapper.Tests", graph.Root.Name);
    }

    [Fact]
    public void Csproj_Jellyfin_ServerProject()
    {
        var graph = Graph(RunCorpus("jellyfin__jellyfin"), "Jellyfin.Server/Jellyfin.Server.csproj");

        Assert.Equal("jellyfin", graph.Root.Name); // <AssemblyName>
        Assert.Equal(26, graph.Nodes.Count - 1);
        Assert.Equal(18, graph.Nodes.Count(n => n.Source == PackageSource.Registry));
        Assert.Equal(DependencyScope.Runtime, Node(graph, "Serilog.AspNetCore", "10.0.0").Scope);
        Assert.Equal("2.9.1", Node(graph, "CommandLineParser").Version);
        Assert.Equal(DependencyScope.Dev, Node(graph, "IDisposableAnalyzers", "4.0.8").Scope); // Debug-only analyzer
        Assert.Equal(PackageSource.Local, Node(graph, "Jellyfin.CodeAnalysis").Source); // from Directory.Build.props
    }

    [Fact]
    public void PackagesConfig_OpenLiveWriter_FlatAndDirect()
    {
        var graph = Graph(RunCorpus("OpenLiveWriter__OpenLiveWriter"), "src/managed/OpenLiveWriter.PostEditor/OpenLiveWriter.PostEditor.csproj");

        Assert.Equal("packages.config", graph.Kind);
        Assert.Equal("src/managed/OpenLiveWriter.PostEditor/packages.config", graph.LockfilePath);
        Assert.Equal(14, graph.Nodes.Count(n => n.Source == PackageSource.Registry));
        Assert.Equal(16, graph.Nodes.Count(n => n.Source == PackageSource.Local && n.Id != 0)); // ProjectReference items
        Assert.All(graph.Nodes.Skip(1), n => Assert.True(n.Direct));
        Assert.Equal("src/managed/OpenLiveWriter.Api/OpenLiveWriter.Api.csproj", Node(graph, "OpenLiveWriter.Api").Resolved);
        var json = Node(graph, "Newtonsoft.Json", "10.0.2");
        Assert.Equal("net461", json.Location);
        Assert.Equal(DependencyScope.Runtime, json.Scope);
        Assert.Empty(graph.Unresolved);
    }

    [Fact]
    public void DirectoryBuildProps_ComponentDetection_ImportChainAndCentralVersions()
    {
        var graph = Graph(RunCorpus("microsoft__component-detection"), "src/Microsoft.ComponentDetection.Common/Microsoft.ComponentDetection.Common.csproj");

        Assert.Equal(10, graph.Nodes.Count - 1);
        // src/Directory.Build.props adds SourceLink and imports the root one (GetPathOfFileAbove), which adds four more.
        Assert.Equal(DependencyScope.Dev, Node(graph, "Microsoft.SourceLink.GitHub", "8.0.0").Scope);
        Assert.Equal(DependencyScope.Dev, Node(graph, "MinVer", "7.0.0").Scope);
        var json = Node(graph, "System.Text.Json", "9.0.13");
        Assert.Equal(DependencyScope.Runtime, json.Scope);
        Assert.Equal("net8.0", json.Location); // TargetFramework of the root Directory.Build.props
    }
}
