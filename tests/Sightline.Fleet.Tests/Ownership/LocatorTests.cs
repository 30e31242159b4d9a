using Sightline.Core.Repositories;
using Sightline.Fleet.Ownership;
using Xunit;

namespace Sightline.Fleet.Tests.Ownership;

/// <summary>Which CODEOWNERS file a repository's host would read, and which flavor it follows.</summary>
public sealed class LocatorTests
{
    private const string Plain = "* @owner\n";
    private const string Sectioned = "* @owner\n\n^[Docs][2] @docs\n/docs/\n";

    [Fact]
    public void GitHubFolderComesBeforeRootAndDocs()
    {
        var repository = new InMemoryRepository()
            .Add("CODEOWNERS", Sectioned)
            .Add("docs/CODEOWNERS", Plain)
            .Add(".github/CODEOWNERS", Plain);

        Assert.Equal((".github/CODEOWNERS", CodeOwnersFlavor.GitHub), CodeOwnersLocator.Find(repository));
    }

    [Fact]
    public void RootComesBeforeDocs()
    {
        var repository = new InMemoryRepository().Add("docs/CODEOWNERS", Plain).Add("CODEOWNERS", Plain);

        Assert.Equal(("CODEOWNERS", CodeOwnersFlavor.GitHub), CodeOwnersLocator.Find(repository));
    }

    [Fact]
    public void DocsFileIsFoundAlone()
    {
        var repository = new InMemoryRepository().Add("docs/CODEOWNERS", Plain).Add("src/main.c", string.Empty);

        Assert.Equal(("docs/CODEOWNERS", CodeOwnersFlavor.GitHub), CodeOwnersLocator.Find(repository));
    }

    [Fact]
    public void RootFileWithSectionHeadersIsGitLab()
    {
        var repository = new InMemoryRepository().Add("CODEOWNERS", Sectioned);

        Assert.Equal(("CODEOWNERS", CodeOwnersFlavor.GitLab), CodeOwnersLocator.Find(repository));
    }

    [Fact]
    public void GitLabFolderAloneIsGitLab()
    {
        var repository = new InMemoryRepository().Add(".gitlab/CODEOWNERS", Plain);

        Assert.Equal((".gitlab/CODEOWNERS", CodeOwnersFlavor.GitLab), CodeOwnersLocator.Find(repository));
    }

    [Fact]
    public void GitLabReadsRootAndDocsBeforeItsOwnFolder()
    {
        var withRoot = new InMemoryRepository().Add(".gitlab/CODEOWNERS", Plain).Add("CODEOWNERS", Plain).Add("docs/CODEOWNERS", Plain);
        var withDocs = new InMemoryRepository().Add(".gitlab/CODEOWNERS", Plain).Add("docs/CODEOWNERS", Plain);

        Assert.Equal(("CODEOWNERS", CodeOwnersFlavor.GitLab), CodeOwnersLocator.Find(withRoot));
        Assert.Equal(("docs/CODEOWNERS", CodeOwnersFlavor.GitLab), CodeOwnersLocator.Find(withDocs));
    }

    [Fact]
    public void GitLabCiWithoutGitHubFolderMakesARootFileGitLab()
    {
        var gitlab = new InMemoryRepository().Add("CODEOWNERS", Plain).Add(".gitlab-ci.yml", "test: {}\n");
        var both = new InMemoryRepository().Add("CODEOWNERS", Plain).Add(".gitlab-ci.yml", "test: {}\n").Add(".github/workflows/ci.yml", "on: push\n");

        Assert.Equal(("CODEOWNERS", CodeOwnersFlavor.GitLab), CodeOwnersLocator.Find(gitlab));
        Assert.Equal(("CODEOWNERS", CodeOwnersFlavor.GitHub), CodeOwnersLocator.Find(both));
    }

    [Fact]
    public void RepositoryWithoutCodeOwnersHasNone()
    {
        var repository = new InMemoryRepository().Add("codeowners", Plain).Add("src/CODEOWNERS", Plain);

        Assert.Null(CodeOwnersLocator.Find(repository));
    }

    [Theory]
    [InlineData("[Documentation]", true)]
    [InlineData("^[Database] @database-team", true)]
    [InlineData("[Section name][2] @group @group/subgroup", true)]
    [InlineData("  [Docs]  ", true)]
    [InlineData("[Bb]uild/ @builders", false)]
    [InlineData("[] @x", false)]
    [InlineData("[Docs][x]", false)]
    [InlineData("/docs/ @docs", false)]
    public void SectionHeadersAreRecognisedStrictly(string line, bool expected) =>
        Assert.Equal(expected, CodeOwnersLocator.IsSectionHeader(line));
}
