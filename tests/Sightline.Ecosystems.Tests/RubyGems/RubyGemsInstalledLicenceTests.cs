using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.RubyGems;
using Sightline.Tests;
using Xunit;
using static Sightline.Ecosystems.Tests.RubyGems.RubyGemsExtractorTests;

namespace Sightline.Ecosystems.Tests.RubyGems;

/// <summary>Dependencies' licences from the specifications `bundle install --path vendor/bundle` leaves in the project.</summary>
public class RubyGemsInstalledLicenceTests
{
    private const string Specifications = "vendor/bundle/ruby/3.3.0/specifications/";

    private const string Lockfile = "GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.0.9)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rack\n";

    private static string? Licence(DependencyGraph graph, string name) => Assert.Single(graph.Nodes, n => n.Name == name).License;

    private static string RackSpec(string version, string licence) =>
        $"Gem::Specification.new do |s|\n  s.name = \"rack\".freeze\n  s.version = \"{version}\".freeze\n  s.licenses = [\"{licence}\".freeze]\nend\n";

    private static DependencyGraph Single(InMemoryRepository repository)
    {
        var result = Extract(repository);
        Assert.Empty(result.Errors);
        return Assert.Single(result.Graphs);
    }

    [Fact]
    public void InstalledSpecifications_StateTheLockedGemsLicences()
    {
        var result = Extract(new FileSystemRepository(TestPaths.TestData("Sightline.Ecosystems.Tests", "rubygems", "installed-vendor")));
        Assert.Empty(result.Errors);
        var graph = Assert.Single(result.Graphs); // the installed specifications are not projects
        Assert.Equal("Ruby OR BSD-2-Clause", Licence(graph, "json"));
        Assert.Equal("MIT", Licence(graph, "nokogiri")); // nokogiri-1.16.2-x86_64-linux.gemspec, s.license =
        Assert.Null(Licence(graph, "mustermann")); // its specification states none
        Assert.Null(Licence(graph, "rack")); // 3.0.9 is locked, only 3.0.8 is installed
        Assert.Null(Licence(graph, "ruby2_keywords")); // not installed
        Assert.Null(graph.Root.License);
    }

    [Fact]
    public void SpecificationWhoseOwnVersionDiffers_IsIgnored()
    {
        var graph = Single(new InMemoryRepository().Add("Gemfile.lock", Lockfile)
            .Add(Specifications + "rack-3.0.9.gemspec", RackSpec("3.0.8", "MIT")));
        Assert.Null(Licence(graph, "rack"));
    }

    [Fact]
    public void AnotherProjectsVendorFolder_IsNotRead()
    {
        var graph = Single(new InMemoryRepository().Add("Gemfile.lock", Lockfile)
            .Add("other/" + Specifications + "rack-3.0.9.gemspec", RackSpec("3.0.9", "MIT")));
        Assert.Null(Licence(graph, "rack"));
    }

    [Fact]
    public void NestedProject_ReadsItsOwnVendorFolder()
    {
        var graph = Single(new InMemoryRepository().Add("apps/web/Gemfile.lock", Lockfile)
            .Add("apps/web/" + Specifications + "rack-3.0.9.gemspec", RackSpec("3.0.9", "MIT")));
        Assert.Equal("MIT", Licence(graph, "rack"));
    }

    [Theory]
    [InlineData("Gem::Specification.new do |s|\n  s.name = \"rack\".freeze\n  s.version = \"3.0.9\".freeze\n  s.licenses = [\"MIT\".freeze\n")]
    [InlineData("Gem::Specification.new do |s|\n  s.name = \"rack\n  s.licenses = [\"MIT\"]\nend\n")]
    [InlineData("\0\u0001\u0002 not ruby at all %q<")]
    public void MalformedSpecification_GivesNoLicence_AndNoError(string text)
    {
        var graph = Single(new InMemoryRepository().Add("Gemfile.lock", Lockfile).Add(Specifications + "rack-3.0.9.gemspec", text));
        Assert.Null(Licence(graph, "rack"));
    }

    [Fact]
    public void OversizedSpecification_IsNotRead_AndJustUnderTheCapIs()
    {
        var spec = RackSpec("3.0.9", "MIT");
        string Padded(long size) => spec + new string('#', (int)(size - spec.Length - 1)) + "\n";

        var huge = Single(new InMemoryRepository().Add("Gemfile.lock", Lockfile).Add(Specifications + "rack-3.0.9.gemspec", Padded(RubyGemsExtractor.MaxInstalledSpecBytes + 1)));
        Assert.Null(Licence(huge, "rack"));

        var large = Single(new InMemoryRepository().Add("Gemfile.lock", Lockfile).Add(Specifications + "rack-3.0.9.gemspec", Padded(RubyGemsExtractor.MaxInstalledSpecBytes)));
        Assert.Equal("MIT", Licence(large, "rack"));
    }

    [Fact]
    public void LockedLicenceSource_IsNotOverridden_ForPathGems()
    {
        const string lockfile = "PATH\n  remote: gems/tool\n  specs:\n    tool (0.1.0)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  tool!\n";
        var spec = "Gem::Specification.new do |s|\n  s.name = \"tool\".freeze\n  s.version = \"0.1.0\".freeze\n  s.license = \"MIT\".freeze\nend\n";
        var graph = Single(new InMemoryRepository().Add("Gemfile.lock", lockfile).Add(Specifications + "tool-0.1.0.gemspec", spec));
        Assert.Null(Licence(graph, "tool")); // a PATH gem is the repository's own code, not an installed registry gem
    }
}
