using Sightline.Fleet.Ownership;
using Xunit;

namespace Sightline.Fleet.Tests.Ownership;

/// <summary>GitHub CODEOWNERS lines: comments, precedence, empty owners, and what GitHub says does not work.</summary>
public sealed class GitHubFileTests
{
    [Fact]
    public void LastMatchingRuleWins()
    {
        var file = Owners.GitHub("""
            *       @global-owner1 @global-owner2
            *.js    @js-owner
            /apps/  @octocat
            """);

        Assert.Equal("@global-owner1 @global-owner2", file.Of("README.md"));
        Assert.Equal("@js-owner", file.Of("lib/index.js"));
        Assert.Equal("@octocat", file.Of("apps/web/index.js"));
        Assert.Equal("3", file.LinesOf("apps/web/index.js"));
    }

    [Fact]
    public void OwnersOnSeparateLinesDoNotAccumulate()
    {
        var file = Owners.GitHub("/api/ @first\n/api/ @second\n");

        Assert.Equal("@second", file.Of("api/handler.go"));
    }

    [Fact]
    public void MatchingRuleWithoutOwnersLeavesThePathUnowned()
    {
        var file = Owners.GitHub("/apps/ @octocat\n/apps/github\n");

        var match = file.Match("apps/github/index.ts");
        Assert.True(match.Matched);
        Assert.Empty(match.Owners);
        Assert.Equal(2, match.Rules.Single().Line);
        Assert.Equal("@octocat", file.Of("apps/other/index.ts"));
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void PathWithoutMatchingRuleHasNoRulesAndNoOwners()
    {
        var match = Owners.GitHub("/docs/ @docs\n").Match("src/main.c");

        Assert.False(match.Matched);
        Assert.Empty(match.Owners);
        Assert.Equal("src/main.c", match.Path);
    }

    [Fact]
    public void CommentsAndBlankLinesAreNotRules()
    {
        var file = Owners.GitHub("""
            # a comment
               # an indented comment

            *.go @gopher # the Go team
            *.rs @rustacean #trailing comment with @someone
            """);

        Assert.Equal(2, file.Rules.Count);
        Assert.Equal(["@gopher"], file.Rules[0].Owners);
        Assert.Equal(["@rustacean"], file.Rules[1].Owners);
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void HashInsideAPatternIsPartOfIt()
    {
        var file = Owners.GitHub("notes/c#/ @sharp\n");

        Assert.Equal("@sharp", file.Of("notes/c#/intro.md"));
    }

    [Fact]
    public void EscapedSpaceBelongsToThePattern()
    {
        var file = Owners.GitHub("/My\\ Documents/ @me\n");

        Assert.Equal("/My\\ Documents/", file.Rules.Single().Pattern);
        Assert.Equal("@me", file.Of("My Documents/cv.pdf"));
        Assert.Equal(string.Empty, file.Of("My/cv.pdf"));
    }

    [Fact]
    public void EscapedLeadingHashIsReportedBecauseGitHubDoesNotSupportIt()
    {
        var file = Owners.GitHub("* @all\n\\#notes.md @hash\n");

        Assert.Equal("2: escaping a leading '#' with '\\' does not work in GitHub CODEOWNERS; line ignored", file.Problems());
        Assert.Single(file.Rules);
        Assert.Equal("@all", file.Of("#notes.md"));
    }

    [Fact]
    public void NegationIsReportedWithItsLineAndIgnored()
    {
        var file = Owners.GitHub("* @all\n!/generated/ @nobody\n");

        Assert.Equal("2: negation ('!') does not work in GitHub CODEOWNERS; line ignored", file.Problems());
        Assert.Equal("@all", file.Of("generated/api.cs"));
    }

    [Fact]
    public void CharacterRangesAreReportedAndTheLineIgnored()
    {
        var file = Owners.GitHub("* @all\n/[Bb]uild/ @builders\n/lit\\[1\\]/ @literal\n");

        Assert.Equal("2: character ranges ('[ ]') do not work in GitHub CODEOWNERS; line ignored", file.Problems());
        Assert.Equal("@all", file.Of("Build/out.txt"));
        Assert.Equal("@literal", file.Of("lit[1]/x.txt"));
    }

    [Fact]
    public void SectionHeaderInAGitHubFileIsReported()
    {
        var file = Owners.GitHub("[Docs] @docs\n/docs/ @docs\n");

        Assert.Equal("1: a GitLab section header; GitHub has no sections and ignores the line", file.Problems());
        Assert.Null(file.Rules.Single().Section);
    }

    [Fact]
    public void ValidOwnerFormsAreAccepted()
    {
        var file = Owners.GitHub("* @user @user-name @my-org/my_team docs@example.com first.last+tag@sub.example.org\n");

        Assert.Empty(file.Problems);
        Assert.Equal(5, file.Rules.Single().Owners.Count);
    }

    [Fact]
    public void MalformedOwnerMakesGitHubSkipTheLineAndIsReportedWithItsLine()
    {
        var file = Owners.GitHub("""
            * @all
            /api/ @api-team user_without_at
            /web/ @web @org/team/too/deep @ok
            /db/ @dba
            """);

        Assert.Equal(
            "2: 'user_without_at' is not a valid owner (@user, @org/team or an email address): GitHub skips a line with invalid syntax"
            + " | 3: '@org/team/too/deep' is not a valid owner (@user, @org/team or an email address): GitHub skips a line with invalid syntax",
            file.Problems());
        Assert.Equal([1, 4], file.Rules.Select(r => r.Line));
        Assert.Equal("@all", file.Of("api/users.go"));
    }

    [Fact]
    public void DuplicateOwnersOnALineAreKeptOnce()
    {
        Assert.Equal("@a @b", Owners.GitHub("* @a @b @A\n").Of("x"));
    }
}
