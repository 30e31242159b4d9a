using Sightline.Fleet.Ownership;
using Xunit;

namespace Sightline.Fleet.Tests.Ownership;

/// <summary>
/// GitLab's pattern meaning: File.fnmatch (FNM_PATHNAME | FNM_DOTMATCH) against "/path" after GitLab's
/// normalisation ("/**/" before a relative pattern, "**/*" after a trailing '/'), as its docs describe.
/// </summary>
public sealed class GitLabPatternTests
{
    [Theory]
    [InlineData("*", "README.md", true)]
    [InlineData("*", "a/b/c/.hidden", true)]
    [InlineData("*.rb", "app/models/user.rb", true)]
    [InlineData("*.rb", "app/models/user.rbx", false)]
    // Absolute paths match from the root only.
    [InlineData("/README.md", "README.md", true)]
    [InlineData("/README.md", "docs/README.md", false)]
    [InlineData("/docs/README.md", "docs/README.md", true)]
    // Relative paths are globstar paths, inner slashes or not.
    [InlineData("README.md", "app/lib/README.md", true)]
    [InlineData("internal/README.md", "internal/README.md", true)]
    [InlineData("internal/README.md", "docs/api/internal/README.md", true)]
    [InlineData("internal/README.md", "internal/sub/README.md", false)]
    [InlineData("docs/*", "site/docs/a.md", true)]
    [InlineData("docs/*", "site/docs/x/a.md", false)]
    [InlineData("foo/**", "x/foo/a", true)]
    // A trailing '/': the directory and its subdirectories.
    [InlineData("/docs/", "docs/index.md", true)]
    [InlineData("/docs/", "docs/api/graphql/index.md", true)]
    [InlineData("/docs/", "ee/docs/index.md", false)]
    [InlineData("lib/", "lib/a.rb", true)]
    [InlineData("lib/", "ee/app/lib/a.rb", true)]
    [InlineData("lib/", "lib", false)]
    // Without the '/', the whole path must match: a name is a file, not a directory.
    [InlineData("/docs", "docs", true)]
    [InlineData("/docs", "docs/index.md", false)]
    [InlineData("vendor", "third_party/vendor", true)]
    [InlineData("vendor", "vendor/lib.go", false)]
    // "/docs/*": direct children only.
    [InlineData("/docs/*", "docs/index.md", true)]
    [InlineData("/docs/*", "docs/projects/index.md", false)]
    [InlineData("/docs/*.md", "docs/a.md", true)]
    [InlineData("/docs/*/README.md", "docs/api/README.md", true)]
    [InlineData("/docs/*/README.md", "docs/api/v4/README.md", false)]
    [InlineData("/docs/*spec*", "docs/qa_specs.rb", true)]
    // "**/" any number of directories; a "**" not followed by '/' is a plain '*'.
    [InlineData("/docs/**/index.md", "docs/index.md", true)]
    [InlineData("/docs/**/index.md", "docs/api/graphql/index.md", true)]
    [InlineData("**/*.rb", "config/database.rb", true)]
    [InlineData("/docs/**", "docs/a.md", true)]
    [InlineData("/docs/**", "docs/api/a.md", false)]
    // Classes work in fnmatch.
    [InlineData("/[Dd]ocs/", "Docs/a.md", true)]
    [InlineData("/[Dd]ocs/", "docs/a.md", true)]
    [InlineData("/[!D]ocs/", "Docs/a.md", false)]
    [InlineData("/file[0-9].txt", "file7.txt", true)]
    [InlineData("/file[0-9].txt", "filex.txt", false)]
    // Escapes: "\#" at the start, escaped spaces.
    [InlineData("\\#file_with_pound.rb", "#file_with_pound.rb", true)]
    [InlineData("path\\ with\\ spaces/", "path with spaces/a.md", true)]
    // Case-sensitive, as fnmatch without FNM_CASEFOLD.
    [InlineData("/Docs/", "docs/a.md", false)]
    public void PatternMatchesAsGitLabDocuments(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Owners.Matches(pattern, path, CodeOwnersFlavor.GitLab));
}
