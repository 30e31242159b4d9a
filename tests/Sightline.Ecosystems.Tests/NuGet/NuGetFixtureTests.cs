using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.NuGet.NuGetTestSupport;

namespace Sightline.Ecosystems.Tests.NuGet;

/// <summary>Hand-written scenarios in testdata/nuget (see its README.md).</summary>
public class NuGetFixtureTests
{
    [Fact]
    public void Cpm_LockfileWithTransitivePinning_CentralTransitiveNotDirect()
    {
        var result = RunFixture("cpm-pinning");
        Assert.Empty(result.Errors);
        var graph = Graph(result, "src/App/App.csproj");

        Assert.Equal("packages.lock.json v2", graph.Kind);
        Assert.Equal("2.3.4", graph.Root.Version);
        Assert.Equal(5, graph.Nodes.Count - 1);
        Assert.Empty(graph.Unresolved);
        var sink = Node(graph, "Serilog.Sinks.File", "5.0.0");
        Assert.True(sink.Direct);
        var serilog = Node(graph, "Serilog", "3.1.1");
        Assert.False(serilog.Direct);
        Assert.Equal(DependencyScope.Runtime, serilog.Scope);
        Assert.Equal("net8.0 (CentralTransitive: pinned by Directory.Packages.props)", serilog.Location);
        Assert.Contains(graph.Edges, e => e.From == sink.Id && e.To == serilog.Id && e.Requirement == "2.10.0");
        Assert.Equal(DependencyScope.Dev, Node(graph, "StyleCop.Analyzers").Scope); // PrivateAssets="all"
        Assert.Equal(DependencyScope.Dev, Node(graph, "Nerdbank.GitVersioning").Scope); // GlobalPackageReference
    }

    [Fact]
    public void Cpm_NoLockfile_VersionOverrideFloatingRangeAndMissingVersion()
    {
        var graph = Graph(RunFixture("cpm-pinning"), "src/Tool/Tool.csproj");

        Assert.Equal("Acme.Tool", graph.Root.Name);
        Assert.Equal("csproj (no lockfile)", graph.Kind);
        Assert.Equal("3.1.1", Node(graph, "Serilog").Version); // PackageVersion with $(SerilogVersion)
        Assert.Equal("12.0.3", Node(graph, "Newtonsoft.Json").Version); // VersionOverride beats 13.0.1
        Assert.Equal("3.6.133", Node(graph, "Nerdbank.GitVersioning").Version);
        Assert.Equal(3, graph.Nodes.Count - 1);

        Assert.Contains("floating", Unresolved(graph, "Polly").Reason, StringComparison.Ordinal);
        Assert.Contains("no PackageVersion for Dapper", Unresolved(graph, "Dapper").Reason, StringComparison.Ordinal);
        var range = Unresolved(graph, "AutoMapper");
        Assert.Equal("[12.0,14.0)", range.Requirement);
        Assert.Contains("range", range.Reason, StringComparison.Ordinal);
        Assert.Contains(graph.Unresolved, u => u.Reason.Contains("transitive dependencies are unknown", StringComparison.Ordinal));
        Assert.Equal(4, graph.Unresolved.Count);
    }

    [Fact]
    public void PackagesLock_MultiTargetFixture_LocationsPerFramework()
    {
        var graph = Graph(RunFixture("multi-target"), "Lib/Lib.csproj");

        Assert.Equal(4, graph.Nodes.Count - 1);
        Assert.Equal(".NETFramework,Version=v4.7.2;net8.0", Node(graph, "Newtonsoft.Json", "13.0.3").Location);
        var memory = Node(graph, "System.Memory", "4.5.5");
        Assert.Equal(".NETFramework,Version=v4.7.2", memory.Location);
        var unsafeNode = Node(graph, "System.Runtime.CompilerServices.Unsafe", "4.5.3");
        Assert.Equal(["System.Memory@4.5.5", "System.Runtime.CompilerServices.Unsafe@4.5.3"], PathTo(graph, unsafeNode));
        Assert.Equal("3TIsJhD1EiiT0w2CcDMN/iSSwnNnsrnbzeVHSKkaEgV85txMprmuO+Yq2AdSbeVGcg28pdNDTPK87tJhX7VFHw==", unsafeNode.Integrity);
    }

    [Fact]
    public void DirectoryBuildProps_ImportChain_PropertyDefinedVersions()
    {
        var result = RunFixture("build-props-chain");
        Assert.Empty(result.Errors);
        var graph = Graph(result, "src/App/App.csproj");

        Assert.Equal("Acme.App", graph.Root.Name);
        Assert.Equal("1.2.0", graph.Root.Version); // from the imported root Directory.Build.props
        Assert.Equal("13.0.1", Node(graph, "Newtonsoft.Json").Version); // $(JsonVersion) = $(NewtonsoftJsonVersion)
        Assert.Equal("2.9.3", Node(graph, "xunit").Version); // "[$(XunitVersion)]"
        Assert.Equal(DependencyScope.Dev, Node(graph, "Microsoft.CodeAnalysis.NetAnalyzers").Scope); // analyzer-only
        Assert.Equal(3, graph.Nodes.Count - 1);
        Assert.DoesNotContain(graph.Nodes, n => n.Name == "ReleaseOnly.Tool"); // Configuration is Debug
        Assert.Contains("property HumanizerVersion is not defined", Unresolved(graph, "Humanizer").Reason, StringComparison.Ordinal);
        Assert.Contains("range", Unresolved(graph, "Polly").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PackagesConfig_DevelopmentDependency_AndOrphanIsOwnGraph()
    {
        var result = RunFixture("packages-config");
        var graph = Graph(result, "Legacy/Legacy.csproj");

        Assert.Equal("packages.config", graph.Kind);
        Assert.Equal("Legacy/packages.config", graph.LockfilePath);
        Assert.Equal(4, graph.Nodes.Count - 1);
        Assert.All(graph.Nodes.Skip(1), n => Assert.True(n.Direct));
        Assert.Equal(DependencyScope.Dev, Node(graph, "StyleCop.Analyzers").Scope);
        Assert.Equal(DependencyScope.Runtime, Node(graph, "Microsoft.Bcl", "1.1.10").Scope);
        Assert.Empty(graph.Unresolved);

        var orphan = Graph(result, "orphan/packages.config");
        Assert.Equal("orphan", orphan.Root.Name);
        Assert.Equal("jQuery@3.4.1", Assert.Single(orphan.Nodes.Skip(1)).ToString());
    }

    [Fact]
    public void ProjectAssets_HandWrittenV3_GraphWithProjectReference()
    {
        var result = RunFixture("project-assets");
        Assert.Empty(result.Errors);
        var graph = Graph(result, "App/App.csproj");

        Assert.Equal("project.assets.json v3", graph.Kind);
        Assert.Equal("App/obj/project.assets.json", graph.LockfilePath);
        Assert.Equal(5, graph.Nodes.Count - 1);
        var lib = Node(graph, "Lib");
        Assert.Equal(PackageSource.Local, lib.Source);
        Assert.Equal("Lib/Lib.csproj", lib.Resolved);
        var json = Node(graph, "Newtonsoft.Json", "13.0.3");
        Assert.Equal(["Lib", "Newtonsoft.Json@13.0.3"], PathTo(graph, json));
        Assert.False(json.Direct);
        Assert.Equal("HrC5BXdl00IP9zeV+0Z848QWPAoCr9P3bDEZguI+gkLcBKAOxix/tLEAAHC+UvDNPv4a2d18lOReHMOagPa+zQ==", json.Integrity);
        Assert.Equal(DependencyScope.Dev, Node(graph, "StyleCop.Analyzers").Scope); // suppressParent All
        Assert.Equal(["Serilog.Sinks.Console@5.0.1", "Serilog@3.1.1"], PathTo(graph, Node(graph, "Serilog")));
    }

    [Fact]
    public void ProjectReference_TwoProjects_LocalNodeWithItsDependencies()
    {
        var result = RunFixture("project-reference");
        var a = Graph(result, "A/A.csproj");

        var b = Node(a, "b");
        Assert.Equal(PackageSource.Local, b.Source);
        Assert.True(b.Direct);
        Assert.Equal("B/B.csproj", b.Resolved);
        Assert.Equal(["b", "Newtonsoft.Json@13.0.3"], PathTo(a, Node(a, "Newtonsoft.Json")));
        Assert.Equal(3, a.Nodes.Count - 1);

        var own = Graph(result, "B/B.csproj");
        Assert.Equal("13.0.3", Node(own, "Newtonsoft.Json").Version);
        Assert.Equal(2, result.Graphs.Count);
    }

    private static UnresolvedDependency Unresolved(DependencyGraph graph, string name) =>
        graph.Unresolved.Single(u => u.Name == name);
}
