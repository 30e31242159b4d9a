using Sightline.Fleet.Ownership;
using Xunit;

namespace Sightline.Fleet.Tests.Ownership;

/// <summary>GitHub's pattern meaning, case by case, as its "About code owners" page and gitignore describe it.</summary>
public sealed class GitHubPatternTests
{
    [Theory]
    // A lone '*' owns everything.
    [InlineData("*", "README.md", true)]
    [InlineData("*", "src/deep/nested/file.cs", true)]
    [InlineData("*", ".gitignore", true)]
    // '*' stays inside one segment; a slashless pattern matches at any depth.
    [InlineData("*.js", "app.js", true)]
    [InlineData("*.js", "web/src/app.js", true)]
    [InlineData("*.js", "app.jsx", false)]
    [InlineData("*.js", "app.js.map", false)]
    // "/dir/": that root directory and everything under it, nothing else.
    [InlineData("/build/logs/", "build/logs/out.txt", true)]
    [InlineData("/build/logs/", "build/logs/2024/01/out.txt", true)]
    [InlineData("/build/logs/", "build/logs", false)]
    [InlineData("/build/logs/", "src/build/logs/out.txt", false)]
    // "dir/": a directory of that name at any depth (GitHub: "any file in an apps directory anywhere").
    [InlineData("apps/", "apps/web/index.ts", true)]
    [InlineData("apps/", "platform/apps/web/index.ts", true)]
    [InlineData("apps/", "apps", false)]
    [InlineData("apps/", "webapps/index.ts", false)]
    // "/docs/": only the root docs directory.
    [InlineData("/docs/", "docs/intro.md", true)]
    [InlineData("/docs/", "guide/docs/intro.md", false)]
    // "docs/*": direct children only, and the inner slash anchors it at the root.
    [InlineData("docs/*", "docs/getting-started.md", true)]
    [InlineData("docs/*", "docs/build-app/troubleshooting.md", false)]
    [InlineData("docs/*", "site/docs/getting-started.md", false)]
    [InlineData("/*", "Makefile", true)]
    [InlineData("/*", "src/Makefile", false)]
    // A slashless name matches a file or a directory of that name, anywhere, with everything under it.
    [InlineData("vendor", "vendor", true)]
    [InlineData("vendor", "third_party/vendor/lib.go", true)]
    [InlineData("vendor", "vendored/lib.go", false)]
    // A pattern with an inner slash is anchored even without a leading one.
    [InlineData("src/app", "src/app/main.cs", true)]
    [InlineData("src/app", "lib/src/app/main.cs", false)]
    // "**": any number of directories.
    [InlineData("**/logs", "build/logs/a.txt", true)]
    [InlineData("**/logs", "deeply/nested/logs/a.txt", true)]
    [InlineData("**/logs", "logs/a.txt", true)]
    [InlineData("**/logs", "catalogs/a.txt", false)]
    [InlineData("foo/**/bar", "foo/bar/x.txt", true)]
    [InlineData("foo/**/bar", "foo/a/b/c/bar/x.txt", true)]
    [InlineData("foo/**/bar", "x/foo/a/bar/x.txt", false)]
    [InlineData("foo/bar/**", "foo/bar/x/y.txt", true)]
    [InlineData("foo/bar/**", "foo/bar", false)]
    [InlineData("/**/*.proto", "api/v1/user.proto", true)]
    // Wildcards in the middle of a path.
    [InlineData("/services/*/config/", "services/billing/config/app.yaml", true)]
    [InlineData("/services/*/config/", "services/billing/src/config/app.yaml", false)]
    [InlineData("/services/api-*/", "services/api-users/main.go", true)]
    [InlineData("/services/api-*/", "services/web-users/main.go", false)]
    // '?': exactly one character, never '/'.
    [InlineData("file?.txt", "file1.txt", true)]
    [InlineData("file?.txt", "file10.txt", false)]
    [InlineData("a?b", "a/b", false)]
    // Escapes: '\*' is a star, '\ ' a space that belongs to the pattern.
    [InlineData("f\\*o", "f*o", true)]
    [InlineData("f\\*o", "foo", false)]
    [InlineData("my\\ file.txt", "docs/my file.txt", true)]
    [InlineData("issue\\#12.md", "notes/issue#12.md", true)]
    // Paths are case-sensitive on GitHub.
    [InlineData("/Docs/", "docs/intro.md", false)]
    [InlineData("*.MD", "README.md", false)]
    public void PatternMatchesAsGitHubDocuments(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Owners.Matches(pattern, path, CodeOwnersFlavor.GitHub));
}
