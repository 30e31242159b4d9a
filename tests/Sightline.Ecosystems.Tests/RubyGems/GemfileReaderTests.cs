using System.Text;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.RubyGems;
using Xunit;

namespace Sightline.Ecosystems.Tests.RubyGems;

public class GemfileReaderTests
{
    private static Gemfile Read(string text) => GemfileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private static GemDeclaration Gem(Gemfile gemfile, string name) => Assert.Single(gemfile.Gems, g => g.Name == name);

    [Fact]
    public void GroupsBlocksAndOptions_GiveScopes()
    {
        var gemfile = Read("""
            source "https://rubygems.org"
            gem "rails", "~> 7.1", ">= 7.1.3"
            gem "rspec-rails", group: [:development, :test]
            gem "factory_bot", :groups => %i[test]
            gem "web-console", group: :development
            group :development, :test do
              gem "debug", platforms: %i[mri windows]
            end
            group(:test) { }
            group :test do
              platforms :mri do
                gem "simplecov", require: false
              end
              install_if -> { RUBY_PLATFORM =~ /darwin/ } do
                gem "terminal-notifier"
              end
            end
            group :docs, optional: true do
              gem "yard"
            end
            group :lint do
              gem "rubocop"
            end
            """);

        Assert.Equal("~> 7.1, >= 7.1.3", Gem(gemfile, "rails").Requirement);
        Assert.Equal(DependencyScope.Runtime, Gem(gemfile, "rails").Scope);
        Assert.Equal(DependencyScope.Dev, Gem(gemfile, "rspec-rails").Scope);
        Assert.Equal(DependencyScope.Test, Gem(gemfile, "factory_bot").Scope);
        Assert.Equal(DependencyScope.Dev, Gem(gemfile, "web-console").Scope);
        Assert.Equal(DependencyScope.Dev, Gem(gemfile, "debug").Scope);
        Assert.Equal(DependencyScope.Test, Gem(gemfile, "simplecov").Scope);
        Assert.Equal(DependencyScope.Test, Gem(gemfile, "terminal-notifier").Scope);
        Assert.Equal(DependencyScope.Optional, Gem(gemfile, "yard").Scope);
        Assert.Equal(DependencyScope.Runtime, Gem(gemfile, "rubocop").Scope);
        Assert.Equal(["lint"], Gem(gemfile, "rubocop").Groups);
    }

    [Fact]
    public void RubyControlFlow_KeepsBlocksBalanced()
    {
        var gemfile = Read("""
            rack_version = ENV.fetch("RACK", "~> 3.0")
            if rack_version != "head"
              gem "rack", rack_version
            else
              gem "rack", git: "https://github.com/rack/rack.git", branch: "main"
            end
            group :test do
              adapter ||=
                if ENV["PG"]
                  "pg"
                else
                  "mysql2"
                end
              gem "capybara",
                  "~> 3.40",
                  require: false
              gem "mocha" if RUBY_VERSION >= "3"; gem "rr"
              Dir["plugins/*/Gemfile"].each do |file|
                eval_gemfile file
              end
            end
            gem "puma" # a comment with "quotes" and do
            =begin
            gem "commented-out"
            =end
            gem "sidekiq", github: "sidekiq/sidekiq"
            git "https://github.com/rails/rails.git", branch: "main" do
              gem "activesupport"
            end
            path "engines" do
              gem "billing"
            end
            ["a", "b"].each { |name| gem name }
            gem ENV["EXTRA_GEM"]
            __END__
            gem "after-end"
            """);

        Assert.Equal(2, gemfile.Gems.Count(g => g.Name == "rack"));
        Assert.Null(gemfile.Gems[0].Requirement);
        Assert.Equal("https://github.com/rack/rack.git", gemfile.Gems[1].Git);
        Assert.Equal("~> 3.40", Gem(gemfile, "capybara").Requirement);
        Assert.Equal(DependencyScope.Test, Gem(gemfile, "capybara").Scope);
        Assert.Equal(DependencyScope.Test, Gem(gemfile, "mocha").Scope);
        Assert.Equal(DependencyScope.Test, Gem(gemfile, "rr").Scope);
        Assert.Equal(DependencyScope.Runtime, Gem(gemfile, "puma").Scope);
        Assert.Equal("https://github.com/sidekiq/sidekiq.git", Gem(gemfile, "sidekiq").Git);
        Assert.Equal("https://github.com/rails/rails.git", Gem(gemfile, "activesupport").Git);
        Assert.Equal("engines", Gem(gemfile, "billing").Path);
        Assert.DoesNotContain(gemfile.Gems, g => g.Name is "commented-out" or "after-end");
        Assert.Equal(2, gemfile.Skipped.Count);
    }

    [Fact]
    public void GemfileWithoutLockfile_DeclaresUnresolvedGems()
    {
        var repository = new InMemoryRepository().Add("web/Gemfile", """
            source "https://rubygems.org"
            gem "rails", "~> 7.1"
            gem "pp", "0.6.4"
            gem "sidekiq", git: "https://github.com/sidekiq/sidekiq.git"
            group :test do
              gem "rspec"
            end
            """);

        var result = RubyGemsExtractorTests.Extract(repository);

        var graph = Assert.Single(result.Graphs);
        Assert.Equal("web/Gemfile", graph.ManifestPath);
        Assert.Equal("Gemfile (no lockfile)", graph.Kind);
        Assert.Null(graph.LockfilePath);
        Assert.Single(graph.Nodes);
        Assert.Contains(graph.Unresolved, u => u.Name == "rails" && u.Requirement == "~> 7.1" && u.Scope == DependencyScope.Runtime);
        Assert.Contains(graph.Unresolved, u => u.Name == "pp" && u.Requirement == "0.6.4");
        Assert.Contains(graph.Unresolved, u => u.Name == "sidekiq" && u.Reason.Contains("git dependency", StringComparison.Ordinal));
        Assert.Contains(graph.Unresolved, u => u.Name == "rspec" && u.Scope == DependencyScope.Test);
        Assert.Contains(graph.Unresolved, u => u.Name == "*");
    }

    [Fact]
    public void Gemspec_ReadsNameVersionAndDependencies()
    {
        var gemspec = GemspecReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("""
            version = "1.4.0"
            Gem::Specification.new do |gem|
              gem.name    = 'widget'
              gem.version = version
              gem.add_dependency("activesupport", [">= 6.1", "< 8"])
              gem.add_runtime_dependency 'nokogiri', version
              gem.add_development_dependency "rspec"
              gem.metadata["rubygems_mfa_required"] = "true"
            end
            """)));

        Assert.Equal("widget", gemspec.Name);
        Assert.Equal("1.4.0", gemspec.Version);
        Assert.Equal(
            [new GemspecDependency("activesupport", ">= 6.1, < 8", false, 5), new GemspecDependency("nokogiri", "1.4.0", false, 6), new GemspecDependency("rspec", null, true, 7)],
            gemspec.Dependencies);
    }

    [Fact]
    public void GemspecWithUnresolvableVersion_PublishesTheNameWithoutVersion()
    {
        var repository = new InMemoryRepository().Add("tool.gemspec", """
            Gem::Specification.new "tool" do |s|
              s.version = File.read("VERSION").strip
              s.add_dependency "thor"
            end
            """);

        var graph = Assert.Single(RubyGemsExtractorTests.Extract(repository).Graphs);

        Assert.Equal(new PublishedPackage("tool", null), Assert.Single(graph.Publishes));
        Assert.Equal("gemspec", graph.Kind);
    }

    [Fact]
    public void GemspecVersionConstant_IsFoundByConvention()
    {
        var repository = new InMemoryRepository()
            .Add("active_widget.gemspec", "Gem::Specification.new do |s|\n  s.name = 'active_widget'\n  s.version = ActiveWidget::Core::VERSION\nend\n")
            .Add("lib/active_widget/core/version.rb", "module ActiveWidget\n  module Core\n    VERSION = '3.0.0.beta1'.freeze\n  end\nend\n");

        var graph = Assert.Single(RubyGemsExtractorTests.Extract(repository).Graphs);

        Assert.Equal(new PublishedPackage("active_widget", "3.0.0.beta1"), Assert.Single(graph.Publishes));
    }

    [Fact]
    public void InstalledGemsUnderVendorBundle_AreNotProjects()
    {
        var repository = new InMemoryRepository()
            .Add("Gemfile", "gem 'rack'\n")
            .Add("vendor/bundle/ruby/3.3.0/gems/rack-3.0.9/rack.gemspec", "Gem::Specification.new do |s|\n  s.name = 'rack'\nend\n");

        var graph = Assert.Single(RubyGemsExtractorTests.Extract(repository).Graphs);

        Assert.Equal("Gemfile", graph.ManifestPath);
        Assert.Empty(graph.Publishes);
    }
}
