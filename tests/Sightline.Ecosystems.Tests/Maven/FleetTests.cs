using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven;
using Xunit;

namespace Sightline.Ecosystems.Tests.Maven;

/// <summary>testdata/maven/fleet: orders-service's parent lives only in the platform-parent repository.</summary>
public class FleetTests
{
    private static readonly string Service = MavenTestData.Folder("fleet", "orders-service");

    private static IReadOnlyList<FleetRepository> Fleet(IRepositoryFiles? platform = null) =>
    [
        new FleetRepository("platform-parent", platform ?? new FileSystemRepository(MavenTestData.Folder("fleet", "platform-parent"))),
        new FleetRepository("orders-service", new FileSystemRepository(Service)),
    ];

    [Fact]
    public void ParentOnlyInAnotherRepository_IsUnresolvedWithItsCoordinates_WithoutTheFleet()
    {
        var result = MavenTestData.Extract(Service, MavenTestData.WithLocalRepository);

        var graph = result.Graph("pom.xml");
        Assert.Empty(result.Errors);
        var parent = Assert.Single(graph.Unresolved, u => u.Name == "com.acme:platform-parent");
        Assert.Equal("3.1.0", parent.Requirement);
        Assert.Contains("parent POM com.acme:platform-parent:3.1.0 not found in the repository or the local Maven repository", parent.Reason, StringComparison.Ordinal);
        Assert.Contains(graph.Unresolved, u => u.Name == "org.example:lib-e" && u.Requirement is null);
        Assert.Contains(graph.Unresolved, u => u.Name == "org.example:lib-c" && u.Requirement == "${lib-c.version}");
        Assert.Equal([new PublishedPackage("com.acme:orders-service", "1.4.0")], graph.Publishes);
    }

    [Fact]
    public void ForFleet_FindsTheParentInTheOtherRepository_WithItsPropertiesManagementAndBomImport()
    {
        var extractor = new MavenExtractor(MavenTestData.WithLocalRepository).ForFleet(Fleet());

        var result = MavenTestData.Extract(extractor, new FileSystemRepository(Service));

        var graph = result.Graph("pom.xml");
        Assert.Empty(result.Errors);
        Assert.Empty(graph.Unresolved);
        Assert.Equal(["org.example:lib-e@2.0", "org.example:lib-i@2.2", "org.example:lib-c@2.0"], graph.Nodes.Skip(1).Select(n => n.ToString()));
        Assert.All(graph.Nodes.Skip(1), n => Assert.True(n.Direct));
        Assert.All(graph.Nodes.Skip(1), n => Assert.Equal(PackageSource.Registry, n.Source));
    }

    [Fact]
    public void ForFleet_ExtractionsInParallel_ShareOneFleetIndexBuiltOnce()
    {
        var platform = new CountingRepository(new FileSystemRepository(MavenTestData.Folder("fleet", "platform-parent")));
        var extractor = new MavenExtractor(MavenTestData.WithLocalRepository).ForFleet(Fleet(platform));
        var graphs = new DependencyGraph[8];

        Parallel.For(0, graphs.Length, i => graphs[i] = MavenTestData.Extract(extractor, new FileSystemRepository(Service)).Graph("pom.xml"));

        Assert.All(graphs, g => Assert.Equal("2.0", g.Node("org.example:lib-e").Version));
        Assert.Equal(1, platform.FileListings);
    }

    [Fact]
    public void Extractors_RegistersMaven()
    {
        var maven = Assert.Single(Extractors.All, e => e.Id == "maven");
        Assert.Equal(Ecosystem.Maven, maven.Ecosystem);
        Assert.IsAssignableFrom<IFleetAwareExtractor>(maven);
        Assert.Equal(["pom.xml"], maven.FilePatterns);
    }

    /// <summary>Counts how often the file list is asked for: the fleet index walks each repository once.</summary>
    private sealed class CountingRepository(IRepositoryFiles inner) : IRepositoryFiles
    {
        private int _listings;

        public int FileListings => _listings;

        public IReadOnlyList<string> Files
        {
            get
            {
                Interlocked.Increment(ref _listings);
                return inner.Files;
            }
        }

        public bool Exists(string relativePath) => inner.Exists(relativePath);

        public Stream OpenRead(string relativePath) => inner.OpenRead(relativePath);

        public bool TryOpen(string relativePath, [NotNullWhen(true)] out Stream? stream) => inner.TryOpen(relativePath, out stream);
    }
}
