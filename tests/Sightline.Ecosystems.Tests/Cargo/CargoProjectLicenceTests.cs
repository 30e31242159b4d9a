using Sightline.Core.Repositories;
using Xunit;

namespace Sightline.Ecosystems.Tests.Cargo;

/// <summary>The project's own licence (node 0) and each member's come from their Cargo.toml `license`.</summary>
public class CargoProjectLicenceTests
{
    private static readonly Lazy<Core.Model.DependencyGraph> Workspace = new(() =>
    {
        var result = CargoTestSupport.ExtractFolder(Path.Combine(CargoTestSupport.Fixtures, "licence-workspace"));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Graphs);
    });

    [Fact]
    public void PackageLicense_BecomesTheRootLicence()
    {
        Assert.Equal("MIT OR Apache-2.0", Workspace.Value.Root.License);
    }

    [Fact]
    public void Members_TakeTheirOwnLicence_OrTheWorkspacesWhenInherited()
    {
        Assert.Equal("Apache-2.0", Workspace.Value.Node("inherits").License);
        Assert.Equal("GPL-3.0-or-later", Workspace.Value.Node("own").License);
        Assert.Null(Workspace.Value.Node("file-only").License); // license-file names no expression
    }

    [Fact]
    public void ManifestStatingNoLicence_LeavesTheRootLicenceNull()
    {
        var result = CargoTestSupport.ExtractFolder(Path.Combine(CargoTestSupport.Fixtures, "workspace"));
        Assert.All(result.Graphs, g => Assert.Null(g.Root.License));
        Assert.NotEmpty(result.Graphs);
    }

    [Fact]
    public void LicenceWithoutLockfile_IsTheRootLicenceOfTheManifestOnlyGraph()
    {
        var repository = new InMemoryRepository().Add("Cargo.toml", "[package]\nname = \"solo\"\nversion = \"1.0.0\"\nlicense = \"Zlib\"\n");
        var graph = Assert.Single(CargoTestSupport.Extract(repository).Graphs);
        Assert.Equal("Zlib", graph.Root.License);
    }

    [Theory]
    [InlineData("license = 42")]
    [InlineData("license = { text = \"MIT\" }")]
    [InlineData("license = [\"MIT\"]")]
    [InlineData("license = \"  \"")]
    [InlineData("license.workspace = true")] // inherited, but there is no workspace
    public void WrongTypedLicence_IsNull_AndTheGraphIsKept(string licenseLine)
    {
        var repository = new InMemoryRepository().Add("Cargo.toml", $"[package]\nname = \"solo\"\nversion = \"1.0.0\"\n{licenseLine}\n\n[dependencies]\nserde = \"1\"\n");
        var result = CargoTestSupport.Extract(repository);
        Assert.Empty(result.Errors);
        var graph = Assert.Single(result.Graphs);
        Assert.Null(graph.Root.License);
        Assert.Contains(graph.Unresolved, u => u.Name == "serde");
    }
}
