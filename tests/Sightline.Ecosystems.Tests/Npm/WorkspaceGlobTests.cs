using Sightline.Ecosystems.Npm;
using Xunit;

namespace Sightline.Ecosystems.Tests.Npm;

public class WorkspaceGlobTests
{
    private static readonly string[] Folders = ["packages/a", "packages/b", "packages/skip", "apps/web/client", "tools", "packages/a/nested"];

    [Theory]
    [InlineData("packages/*", "packages/a,packages/b,packages/skip")]
    [InlineData("apps/**", "apps/web/client")]
    [InlineData("**/client", "apps/web/client")]
    [InlineData("./tools", "tools")]
    [InlineData("packages/?", "packages/a,packages/b")]
    [InlineData("packages/**/nested", "packages/a/nested")]
    public void Match_SelectsTheFoldersAGlobNames(string glob, string expected) =>
        Assert.Equal(expected.Split(','), Workspaces.Match([glob], Folders));

    [Fact]
    public void Match_NegatedGlob_Excludes() =>
        Assert.Equal(["packages/a", "packages/b"], Workspaces.Match(["packages/*", "!packages/skip"], Folders));

    [Fact]
    public void Match_HostileGlob_StaysFast()
    {
        var glob = string.Join('/', Enumerable.Repeat("**", 200)) + "/x";
        var deep = string.Join('/', Enumerable.Repeat("d", 200)) + "/y";

        Assert.Empty(Workspaces.Match([glob], [deep]));
    }
}
