using Xunit;

namespace Sightline.Fleet.Tests.Ownership;

/// <summary>GitLab entries: owner syntax, exclusions, and the absence of inline comments.</summary>
public sealed class GitLabEntryTests
{
    [Fact]
    public void NestedGroupsRolesAndEmailsAreOwners()
    {
        var file = Owners.GitLab("README @group @group/with-nested/subgroup @@maintainer @@developers janedoe@gitlab.com @first.last\n");

        Assert.Empty(file.Problems);
        Assert.Equal(6, file.Rules.Single().Owners.Count);
    }

    [Fact]
    public void MalformedOwnersAreReportedAndTheOthersKept()
    {
        // GitLab's "Malformed owners" example.
        var file = Owners.GitLab("# header\n/path/* @group user_without_at_symbol @user_with_at_symbol @@reporter\n");

        Assert.Equal(
            "2: 'user_without_at_symbol', '@@reporter' are not valid owners (@user, @group, @group/subgroup, @@role or an email address): ignored, the other owners kept",
            file.Problems());
        Assert.Equal("@group @user_with_at_symbol", file.Of("path/file.rb"));
    }

    [Fact]
    public void OwnersAfterAHashStillCountBecauseGitLabHasNoInlineComments()
    {
        var file = Owners.GitLab("/docs/**/*.md @markdown-docs  # Match files, see @docs-lead\n");

        Assert.Equal("1: GitLab has no inline comments: owners written after '#' still count", file.Problems());
        Assert.Equal("@markdown-docs @docs-lead", file.Of("docs/a/b.md"));
    }

    [Fact]
    public void ExclusionRemovesThePathFromItsSectionOnly()
    {
        // GitLab's "Exclusion patterns" example.
        var file = Owners.GitLab("""
            * @username
            !pom.xml

            [Ruby]
            *.rb @ruby-team
            !/config/**/*.rb

            [Config]
            /config/ @ops-team
            """);

        Assert.Equal(string.Empty, file.Of("pom.xml"));
        Assert.Equal("2", file.LinesOf("pom.xml"));
        Assert.True(file.Match("pom.xml").Rules.Single().Exclusion);
        Assert.Equal("@username @ruby-team", file.Of("app/user.rb"));
        Assert.Equal("@username @ops-team", file.Of("config/initializers/db.rb"));
        Assert.Equal("1,6,9", file.LinesOf("config/initializers/db.rb"));
        Assert.Equal("!pom.xml", file.Rules[1].Pattern);
    }

    [Fact]
    public void ExcludedPathCannotBeIncludedAgainLaterInTheSection()
    {
        var file = Owners.GitLab("""
            * @default-owner
            !*.rb
            /special/*.rb @ruby-owner
            """);

        Assert.Equal(string.Empty, file.Of("special/a.rb"));
        Assert.Equal("2", file.LinesOf("special/a.rb"));
        Assert.Equal("@default-owner", file.Of("special/a.py"));
    }

    [Fact]
    public void ExclusionOwnersAreIgnored()
    {
        var file = Owners.GitLab("* @all\n!*.lock @someone not-an-owner\n");

        Assert.Empty(file.Problems);
        Assert.Empty(file.Rules[1].Owners);
        Assert.True(file.Rules[1].Exclusion);
    }

    [Fact]
    public void EscapedLeadingHashIsAPattern()
    {
        var file = Owners.GitLab("\\#file_with_pound.rb @owner-file-with-pound\n");

        Assert.Equal("@owner-file-with-pound", file.Of("lib/#file_with_pound.rb"));
    }
}
