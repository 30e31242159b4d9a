using Xunit;

namespace Sightline.Fleet.Tests.Ownership;

/// <summary>GitLab sections: each picks its own last matching entry; owners are united across sections.</summary>
public sealed class GitLabSectionTests
{
    [Fact]
    public void OwnersAreTheUnionOfEachSectionsLastMatch()
    {
        // The example of GitLab's "Sections" documentation.
        var file = Owners.GitLab("""
            * @admin

            [README Owners]
            README.md @user1 @user2
            internal/README.md @user4

            [README other owners]
            README.md @user3
            """);

        Assert.Equal("@admin @user1 @user2 @user3", file.Of("README.md"));
        Assert.Equal("@admin @user4 @user3", file.Of("internal/README.md"));
        Assert.Equal("1,5,8", file.LinesOf("internal/README.md"));
        Assert.Equal([null, "README Owners", "README other owners"], file.Match("internal/README.md").Rules.Select(r => r.Section));
        Assert.Equal("@admin", file.Of("src/main.rb"));
    }

    [Fact]
    public void EntriesWithoutOwnersInheritTheSectionDefaults()
    {
        var file = Owners.GitLab("""
            [Documentation] @docs-team
            docs/
            README.md

            [Database] @database-team @agarcia
            model/db/
            config/db/database-setup.md @docs-team
            """);

        Assert.Equal(["@docs-team"], file.Rules[0].Owners);
        Assert.Equal("@database-team @agarcia", file.Of("model/db/schema.rb"));
        Assert.Equal("@docs-team", file.Of("config/db/database-setup.md"));
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void DefaultSectionIsNotOverriddenByNamedSections()
    {
        var file = Owners.GitLab("""
            * @general-approvers

            [Documentation] @docs-team
            docs/
            README.md
            *.txt

            [Database] @database-team
            model/db/
            config/db/database-setup.md @docs-team
            """);

        Assert.Equal("@general-approvers @docs-team @database-team", file.Of("model/db/CHANGELOG.txt"));
    }

    [Fact]
    public void SectionHeadersCarryOptionalityApprovalsAndDefaults()
    {
        var file = Owners.GitLab("""
            [Documentation][2] @docs-team
            docs/
            ^[Database] @database-team
            model/db/
            ^[Go][3]
            *.go @gophers
            """);

        Assert.Equal(
            ["Documentation 2 False @docs-team", "Database 1 True @database-team", "Go 3 True "],
            file.Sections.Select(s => $"{s.Name} {s.Approvals} {s.Optional} {string.Join(' ', s.DefaultOwners)}"));
        Assert.Equal([false, true, true], file.Rules.Select(r => r.OptionalSection));
        Assert.Equal(["Documentation", "Database", "Go"], file.Rules.Select(r => r.Section));
    }

    [Fact]
    public void DuplicateSectionsCombineWithoutCaseAndKeepTheFirstSpelling()
    {
        var file = Owners.GitLab("""
            [Documentation]
            ee/docs/    @docs
            docs/       @docs
            ^[Database]
            README.md  @database
            [DOCUMENTATION]
            README.md  @docs
            ^[database][2]
            """);

        Assert.Equal(2, file.Sections.Count);
        Assert.Equal(["Documentation", "Documentation", "Database", "Documentation"], file.Rules.Select(r => r.Section));
        Assert.Equal("Database 2 True", $"{file.Sections[1].Name} {file.Sections[1].Approvals} {file.Sections[1].Optional}");
        Assert.Equal("@database @docs", file.Of("README.md"));
    }

    [Fact]
    public void SectionIsRequiredWhenAnyOfItsHeadersIs()
    {
        var file = Owners.GitLab("^[Ruby]\n*.rb @a\n[ruby]\n*.erb @b\n");

        Assert.False(file.Sections.Single().Optional);
        Assert.All(file.Rules, r => Assert.False(r.OptionalSection));
    }

    [Fact]
    public void InvalidApprovalCountMeansOneAndIsReported()
    {
        var file = Owners.GitLab("[Docs][two] @docs\n/docs/\n[Api][0]\n/api/ @api\n");

        Assert.Equal("1: approval count '[two]' is not a number: GitLab requires 1 approval", file.Problems());
        Assert.Equal([1, 1], file.Sections.Select(s => s.Approvals));
        Assert.Equal("@docs", file.Of("docs/a.md"));
    }

    [Fact]
    public void UnparsableHeaderIsReadAsAnEntryOfTheCurrentSection()
    {
        // GitLab's "Unparsable sections" example: "[Section" owned by "name".
        var file = Owners.GitLab("* @group\n\n[Section name\ndocs/ @docs_group\n");

        Assert.Equal(
            "3: section header without its closing ']': GitLab reads the line as an entry"
            + " | 3: 'name' is not a valid owner (@user, @group, @group/subgroup, @@role or an email address): ignored, the other owners kept"
            + " | 3: entry has no owners and its section no default owners: GitLab treats it as owned by nobody",
            file.Problems());
        Assert.Equal(["*", "[Section", "docs/"], file.Rules.Select(r => r.Pattern));
        Assert.All(file.Rules, r => Assert.Null(r.Section));
    }

    [Fact]
    public void EntryWithNoOwnersAnywhereIsReportedButStillWinsItsSection()
    {
        var file = Owners.GitLab("* @all\n/vendor/\n");

        Assert.Equal("2: entry has no owners and its section no default owners: GitLab treats it as owned by nobody", file.Problems());
        var match = file.Match("vendor/lib.c");
        Assert.Empty(match.Owners);
        Assert.Equal(2, match.Rules.Single().Line);
    }
}
