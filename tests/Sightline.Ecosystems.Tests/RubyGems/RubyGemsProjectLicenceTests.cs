using Sightline.Core.Repositories;
using Sightline.Tests;
using Xunit;
using static Sightline.Ecosystems.Tests.RubyGems.RubyGemsExtractorTests;

namespace Sightline.Ecosystems.Tests.RubyGems;

/// <summary>The project's own licence (node 0) comes from the gemspec: s.license or s.licenses.</summary>
public class RubyGemsProjectLicenceTests
{
    private static Core.Extraction.ExtractionResult Folder(string name) =>
        Extract(new FileSystemRepository(TestPaths.TestData("Sightline.Ecosystems.Tests", "rubygems", name)));

    private static string? GemspecLicence(string assignment)
    {
        var gemspec = $"Gem::Specification.new do |s|\n  s.name = \"odd\"\n  s.version = \"1.0\"\n  {assignment}\n  s.add_dependency \"rack\", \"~> 3.0\"\nend\n";
        var result = Extract(new InMemoryRepository().Add("odd.gemspec", gemspec));
        Assert.Empty(result.Errors);
        var graph = Assert.Single(result.Graphs);
        Assert.Contains(graph.Unresolved, u => u.Name == "rack");
        return graph.Root.License;
    }

    [Fact]
    public void GemspecLicences_BecomeTheRootLicence_AsAChoice()
    {
        var result = Folder("my_gem");
        Assert.Empty(result.Errors);
        var graph = Assert.Single(result.Graphs);
        Assert.Equal("MIT OR Ruby", graph.Root.License);
        Assert.Equal("MIT OR Ruby", Assert.Single(graph.Nodes, n => n.Name == "my_gem").License); // the gem's own PATH node
    }

    [Fact]
    public void StandaloneGemspecLicense_IsItsGraphsRootLicence_AndTheAppStatesNone()
    {
        var result = Folder("app");
        Assert.Empty(result.Errors);
        Assert.Equal("Apache-2.0", Assert.Single(result.Graphs, g => g.ManifestPath == "gems/internal_tool/internal_tool.gemspec").Root.License);
        Assert.Null(Assert.Single(result.Graphs, g => g.ManifestPath == "Gemfile").Root.License);
    }

    [Fact]
    public void LicenceHeldInALocal_IsRead()
    {
        Assert.Equal("BSD-2-Clause", GemspecLicence("lic = \"BSD-2-Clause\"\n  s.license = lic"));
    }

    [Theory]
    [InlineData("s.license = 42")]
    [InlineData("s.license = File.read(\"LICENSE\").lines.first")]
    [InlineData("s.licenses = [\"MIT\", LICENCE_CONSTANT]")]
    [InlineData("s.license = \"\"")]
    [InlineData("s.summary = \"no licence here\"")]
    public void ComputedOrAbsentLicence_IsNull_AndTheGraphIsKept(string assignment)
    {
        Assert.Null(GemspecLicence(assignment));
    }
}
