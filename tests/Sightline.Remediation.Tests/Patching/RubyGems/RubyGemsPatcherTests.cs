using Sightline.Core.Model;
using Sightline.Remediation.Patching;
using Sightline.Remediation.Patching.RubyGems;
using Sightline.Remediation.Tests.Patching.Cargo.Common;
using Xunit;

namespace Sightline.Remediation.Tests.Patching.RubyGems;

public sealed class RubyGemsPatcherTests
{
    private readonly RubyGemsPatcher _patcher = new();

    [Fact]
    public void PessimisticRequirement_KeepsItsUpperBound_AndGainsALowerBound()
    {
        var before = Manifests.Real("rubygems/rubygems__rubygems.org/Gemfile");
        var result = _patcher.Patch("Gemfile", before, new PatchRequest("puma", "8.0.0", "8.0.2", PatchKind.Bump));

        Assert.Equal(["gem \"puma\", \"~> 8.0\" -> gem \"puma\", \"~> 8.0\", \">= 8.0.2\""], result.Changes);
        Assert.Equal(
            """
            --- a/Gemfile
            +++ b/Gemfile
            @@ -34,7 +34,7 @@
             gem "openid_connect", "~> 2.5"
             gem "pg", "~> 1.6"
             gem "public_suffix", "~> 7.0"
            -gem "puma", "~> 8.0"
            +gem "puma", "~> 8.0", ">= 8.0.2"
             gem "puma-plugin-statsd", "~> 2.8"
             gem "rack", "~> 3.2"
             gem "rackup", "~> 2.3"

            """.ReplaceLineEndings("\n"),
            UnifiedDiff.Create("Gemfile", before, result.NewText!));
        Assert.Equal(["~> 8.0, >= 8.0.2"], Manifests.Declared(Ecosystem.RubyGems, "Gemfile", result.NewText!, "puma"));
    }

    [Fact]
    public void SamePrecisionRequirement_IsReplaced_AndOptionsKept()
    {
        var before = Manifests.Real("rubygems/rubygems__rubygems.org/Gemfile");
        var result = _patcher.Patch("Gemfile", before, new PatchRequest("honeybadger", null, "6.9.3", PatchKind.Bump));

        Assert.Equal(before.Replace("gem \"honeybadger\", \"~> 6.9.1\", require: false", "gem \"honeybadger\", \"~> 6.9.3\", require: false", StringComparison.Ordinal), result.NewText);
        Assert.Equal(["~> 6.9.3"], Manifests.Declared(Ecosystem.RubyGems, "Gemfile", result.NewText!, "honeybadger"));
    }

    [Fact]
    public void GemWithoutRequirement_GainsOne_OnRailsgoat()
    {
        var before = Manifests.Real("rubygems/OWASP__railsgoat/Gemfile");
        var result = _patcher.Patch("Gemfile", before, new PatchRequest("bcrypt", "3.1.18", "3.1.20", PatchKind.Bump));

        Assert.Equal(["gem \"bcrypt\" -> gem \"bcrypt\", \">= 3.1.20\""], result.Changes);
        Assert.Equal(before.Replace("gem \"bcrypt\"\n", "gem \"bcrypt\", \">= 3.1.20\"\n", StringComparison.Ordinal), result.NewText);
        Assert.Equal([">= 3.1.20"], Manifests.Declared(Ecosystem.RubyGems, "Gemfile", result.NewText!, "bcrypt"));
    }

    [Fact]
    public void CrlfBomQuotesParenthesesAndContinuations_ArePreserved()
    {
        var before = Manifests.Fixture("rubygems", "crlf-bom.Gemfile");
        var rack = _patcher.Patch("Gemfile", before, new PatchRequest("rack", null, "2.2.8", PatchKind.Bump));
        var nokogiri = _patcher.Patch("Gemfile", before, new PatchRequest("nokogiri", null, "1.16.5", PatchKind.Bump));
        var pg = _patcher.Patch("Gemfile", before, new PatchRequest("pg", null, "1.5.6", PatchKind.Bump));
        var debug = _patcher.Patch("Gemfile", before, new PatchRequest("debug", null, "1.9.2", PatchKind.Bump));

        Assert.Equal(before.Replace("gem 'rack', '2.2.6' # pinned\r\n", "gem 'rack', '2.2.8' # pinned\r\n", StringComparison.Ordinal), rack.NewText);
        Assert.StartsWith("\uFEFFsource", rack.NewText, StringComparison.Ordinal);
        Assert.Equal(before.Replace("'>= 1.15', '< 2.0')", "'>= 1.16.5', '< 2.0')", StringComparison.Ordinal), nokogiri.NewText);
        Assert.Equal(before.Replace("    '~> 1.5',\r\n", "    '~> 1.5', '>= 1.5.6',\r\n", StringComparison.Ordinal), pg.NewText);
        Assert.Equal(before.Replace("'> 1.8' if", "'>= 1.9.2' if", StringComparison.Ordinal), debug.NewText);
    }

    [Fact]
    public void RequirementInAVariable_IsEditedWhereAssigned_OrNamedAsProperty()
    {
        var before = Manifests.Fixture("rubygems", "crlf-bom.Gemfile");
        var rails = _patcher.Patch("Gemfile", before, new PatchRequest("rails", null, "7.1.4", PatchKind.Bump));
        var sidekiq = _patcher.Patch("Gemfile", before, new PatchRequest("sidekiq", null, "7.2.4", PatchKind.Bump));

        Assert.Equal(["RAILS_VERSION = '~> 7.1.3' -> '~> 7.1.4'"], rails.Changes);
        Assert.Equal(before.Replace("RAILS_VERSION = '~> 7.1.3'", "RAILS_VERSION = '~> 7.1.4'", StringComparison.Ordinal), rails.NewText);
        Assert.Null(sidekiq.NewText);
        Assert.Equal("SIDEKIQ_VERSION", sidekiq.Property);
        Assert.Equal("Gemfile: gem \"sidekiq\" takes its requirement from SIDEKIQ_VERSION, which this file does not assign", sidekiq.Problem);

        var assigned = _patcher.PatchProperty("Gemfile", "SIDEKIQ_VERSION = \"~> 7.2.1\"\n", "SIDEKIQ_VERSION", "7.2.4");
        Assert.Equal("SIDEKIQ_VERSION = \"~> 7.2.4\"\n", assigned.NewText);
    }

    [Theory]
    [InlineData("mygem", "Gemfile: gem \"mygem\" comes from git:, not a gem server")]
    [InlineData("local", "Gemfile: gem \"local\" comes from path:, not a gem server")]
    [InlineData("nokogiri", "Gemfile: gem \"nokogiri\" '>= 1.15', '< 2.0': its upper bound or exclusion (2.0) rules out 2.0.1; widening it is a manual change")]
    [InlineData("absent", "Gemfile: no gem \"absent\" is declared")]
    public void UnsupportedDeclarations_AreRefused(string gem, string problem)
    {
        var result = _patcher.Patch("Gemfile", Manifests.Fixture("rubygems", "crlf-bom.Gemfile"), new PatchRequest(gem, null, "2.0.1", PatchKind.Bump));

        Assert.Equal(problem, result.Problem);
        Assert.Null(result.NewText);
    }

    [Fact]
    public void PinOfAnUnlistedGem_IsAConservativeLockfileUpdate()
    {
        var result = _patcher.Patch("Gemfile", Manifests.Real("rubygems/OWASP__railsgoat/Gemfile"), new PatchRequest("rack", "3.1.8", "3.1.12", PatchKind.Pin));

        Assert.Null(result.NewText);
        Assert.Null(result.Problem);
        Assert.Equal(["lockfile update: bundle lock --update rack --conservative"], result.Changes);
    }

    [Fact]
    public void UnterminatedString_IsAProblem()
    {
        var result = _patcher.Patch("Gemfile", "gem 'rack', '2.2\n", new PatchRequest("rack", null, "2.2.8", PatchKind.Bump));

        Assert.Equal("Gemfile: not a Gemfile this patcher can read: unterminated string at offset 12", result.Problem);
    }

    [Fact]
    public void LockfileCommand_IsBundleLock_WithALockfileBeside()
    {
        Assert.Equal(["bundle", "lock"], _patcher.LockfileCommand("web/Gemfile", ["web/Gemfile", "web/Gemfile.lock"]));
        Assert.Equal(["bundle", "lock"], _patcher.LockfileCommand("gems.rb", ["gems.rb", "gems.locked"]));
        Assert.Null(_patcher.LockfileCommand("Gemfile", ["Gemfile"]));
        Assert.True(_patcher.Handles("docs/Gemfile"));
        Assert.False(_patcher.Handles("Gemfile.lock"));
    }
}
