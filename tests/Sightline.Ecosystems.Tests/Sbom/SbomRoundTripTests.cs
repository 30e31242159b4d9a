using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Npm;
using Sightline.Tests;
using Xunit;
using static Sightline.Ecosystems.Tests.Sbom.SbomTestSupport;

namespace Sightline.Ecosystems.Tests.Sbom;

/// <summary>
/// Sightline's own SBOMs of samples/fleet/checkout-service (written by `sightline sbom`, see the README)
/// read back give what the npm extractor gives on the repository itself.
/// </summary>
public class SbomRoundTripTests
{
    private static DependencyGraph FromRepository()
    {
        var repository = new FileSystemRepository(Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", "checkout-service"));
        var extractor = new NpmExtractor();
        var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns)).ToList();
        var result = extractor.Extract(repository, files, CancellationToken.None);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Graphs);
    }

    [Theory]
    [InlineData("sightline-checkout.cdx.json", "CycloneDX 1.6")]
    [InlineData("sightline-checkout.spdx.json", "SPDX 2.3")]
    public void SightlinesOwnSbom_ReadBack_GivesTheNpmExtractorsPackagesAndEdges(string file, string kind)
    {
        var expected = FromRepository();

        var result = Fixture(file);

        Assert.Empty(result.Errors);
        var graph = Assert.Single(result.Graphs);
        Assert.Equal((Ecosystem.Npm, kind), (graph.Ecosystem, graph.Kind));
        Assert.Equal(Packages(expected).Distinct(), Packages(graph));
        Assert.Equal(Edges(expected).Distinct(), Edges(graph));
        Assert.Empty(graph.Unresolved);
    }

    [Theory]
    [InlineData("sightline-checkout.cdx.json")]
    [InlineData("sightline-checkout.spdx.json")]
    public void SightlinesOwnSbom_ReadBack_KeepsDevScopeAndDirectness(string file)
    {
        var expected = FromRepository();

        var graph = Assert.Single(Fixture(file).Graphs);

        Assert.Equal(
            expected.Nodes.Where(n => n.Id != 0).Select(n => (n.ToString(), n.Scope == DependencyScope.Dev, n.Direct)).Distinct().Order(),
            graph.Nodes.Where(n => n.Id != 0).Select(n => (n.ToString(), n.Scope == DependencyScope.Dev, n.Direct)).Order());
    }

    [Theory]
    [InlineData("sightline-checkout.cdx.json")]
    [InlineData("sightline-checkout.spdx.json")]
    public void SightlinesOwnSbom_ReadBack_KeepsEveryDeclaredLicence_AndTheSubjects(string file)
    {
        var expected = FromRepository();

        var graph = Assert.Single(Fixture(file).Graphs);

        Assert.Equal("UNLICENSED", expected.Root.License);
        Assert.Equal(expected.Root.License, graph.Root.License);
        Assert.Equal(
            expected.Nodes.Where(n => n.Id != 0).Select(n => (n.ToString(), n.License)).Distinct().Order(),
            graph.Nodes.Where(n => n.Id != 0).Select(n => (n.ToString(), n.License)).Order());
        Assert.Equal(75, graph.Nodes.Count(n => n.Id != 0 && n.License is not null));
    }
}
