using Sightline.Ecosystems.Npm;
using Xunit;

namespace Sightline.Ecosystems.Tests.Npm;

public class WorkspacesTests
{
    private static readonly string[] Folders = ["packages/a", "packages/b", "packages/nested/c", "apps/web", "tools", "docs"];

    [Theory]
    [InlineData("packages/*", "packages/a,packages/b")]
    [InlineData("packages/**", "packages/a,packages/b,packages/nested/c")]
    [InlineData("./apps/*/", "apps/web")]
    [InlineData("tools", "tools")]
    [InlineData("packages/?", "packages/a,packages/b")]
    public void Match_Globs(string glob, string expected) =>
        Assert.Equal(expected.Split(','), Workspaces.Match([glob], Folders));

    [Fact]
    public void Match_NegationExcludes() =>
        Assert.Equal(["packages/a"], Workspaces.Match(["packages/*", "!packages/b"], Folders));

    [Fact]
    public void Match_HostileGlob_StaysFast() =>
        Assert.Empty(Workspaces.Match([string.Concat(Enumerable.Repeat("**/", 200)) + "x"], [string.Concat(Enumerable.Repeat("a/", 5000))]));
}
