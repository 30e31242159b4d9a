using Sightline.Core.Repositories;
using Sightline.Fleet.Ownership;
using Sightline.Tests;
using Xunit;

namespace Sightline.Fleet.Tests.Ownership;

/// <summary>Whole files in the style of big projects' CODEOWNERS, found through the locator as an indexer would.</summary>
public sealed class RealFileTests
{
    private static readonly Lazy<CodeOwnersFile> GitHubFile = new(() => Load("github-CODEOWNERS", ".github/CODEOWNERS", CodeOwnersFlavor.GitHub));
    private static readonly Lazy<CodeOwnersFile> GitLabFile = new(() => Load("gitlab-CODEOWNERS", "CODEOWNERS", CodeOwnersFlavor.GitLab));

    [Theory]
    [InlineData("README.md", "@contoso/runtime-maintainers")]
    [InlineData(".github/workflows/ci.yml", "@contoso/infra @contoso/security")]
    [InlineData("eng/Versions.props", "@contoso/build")]
    [InlineData("docs/README.md", "@contoso/docs-writers")]
    [InlineData("docs/design/features/tiering.md", "@contoso/architects")]
    [InlineData("src/coreclr/jit/morph.cpp", "@contoso/jit-contrib")]
    [InlineData("src/coreclr/vm/exceptions.cpp", "@contoso/area-exceptions")]
    [InlineData("src/coreclr/vm/amd64/exceptionhandling.cpp", "@contoso/area-coreclr")]
    [InlineData("src/libraries/System.Net.Sockets/src/Socket.cs", "@contoso/ncl")]
    [InlineData("src/libraries/System.Net.Http/src/System/Net/Http/SocketsHttpHandler/Http2Connection.cs", "@contoso/ncl @alice")]
    [InlineData("src/libraries/System.Text.Json/src/Utf8JsonReader.cs", "@contoso/area-system-text-json")]
    [InlineData("src/libraries/System.Text.Json/tests/JsonTests.cs", "@contoso/test-infra")]
    [InlineData("src/libraries/System.Text.Json/ref/System.Text.Json.cs", "@contoso/api-review")]
    [InlineData("src/libraries/System.Text.Json/src/Resources/Strings.Designer.cs", "")]
    [InlineData("src/mono/wasm/runtime/dotnet.d.ts", "@contoso/wasm @bob-smith")]
    [InlineData("src/tests/testassets/app/Program.cs", "@contoso/test-infra")]
    [InlineData("src/installer/pkg/docker/Dockerfile", "@contoso/infra")]
    [InlineData("eng/build.sh", "@contoso/infra")]
    [InlineData("THIRD-PARTY-NOTICES.TXT", "@contoso/legal legal@contoso.example")]
    [InlineData("Src/coreclr/jit/morph.cpp", "@contoso/runtime-maintainers")]
    public void GitHubFileGivesExactOwners(string path, string owners) => Assert.Equal(owners, GitHubFile.Value.Of(path));

    [Fact]
    public void GitHubFileParsesCleanly()
    {
        Assert.Empty(GitHubFile.Value.Problems);
        Assert.Equal(28, GitHubFile.Value.Rules.Count);
        Assert.True(GitHubFile.Value.Match("src/libraries/System.Text.Json/src/Resources/Strings.Designer.cs").Matched);
    }

    [Theory]
    [InlineData("app/models/user.rb", "@acme/maintainers @acme/backend-maintainers", "4,10")]
    [InlineData("ee/app/models/ee/user.rb", "@acme/maintainers @acme/backend-maintainers @acme/ee-maintainers", "4,11")]
    [InlineData("CHANGELOG.md", "@acme/tech-writing", "5,24")]
    [InlineData("locale/de/gitlab.po", "", "6")]
    [InlineData("db/structure.sql", "@acme/maintainers", "4,14")]
    [InlineData("db/migrate/20240101_add_index.rb", "@acme/maintainers @acme/maintainers/database @@maintainer @acme/database-reviewers", "4,13,28")]
    [InlineData("app/assets/javascripts/main.js", "@acme/maintainers @acme/frontend-maintainers", "4,19")]
    [InlineData("spec/frontend/boards/board_spec.js", "@acme/maintainers @acme/frontend-maintainers @ffernandez", "4,20")]
    [InlineData("doc/api/users.md", "@acme/maintainers @acme/tech-writing @api-writers", "4,25")]
    [InlineData("lib/gitlab/auth/ldap/adapter.rb", "@acme/maintainers @acme/backend-maintainers @acme/appsec @acme/authn", "4,9,33")]
    [InlineData("Gemfile.lock", "@acme/maintainers @acme/appsec @dependency-bot", "4,34")]
    [InlineData("config/initializers/sidekiq.rb", "@acme/maintainers @acme/backend-maintainers @jsmith", "4,37")]
    [InlineData("app/components/Button.vue", "@acme/maintainers @acme/frontend-maintainers", "4,17")]
    [InlineData("vendor/README.md", "@acme/maintainers @acme/tech-writing", "4,24")]
    [InlineData("lib/gitlab/database/load_balancing.rb", "@acme/maintainers @acme/maintainers/database", "4,12")]
    public void GitLabFileGivesExactOwnersAndWinningLines(string path, string owners, string lines)
    {
        Assert.Equal(owners, GitLabFile.Value.Of(path));
        Assert.Equal(lines, GitLabFile.Value.LinesOf(path));
    }

    [Fact]
    public void GitLabFileSectionsCombineAndReportTheOwnerlessEntry()
    {
        var file = GitLabFile.Value;

        Assert.Equal(
            ["Backend 2 required", "Frontend 1 optional", "Documentation 1 required", "Database 1 optional", "Security 3 required"],
            file.Sections.Select(s => $"{s.Name} {s.Approvals} {(s.Optional ? "optional" : "required")}"));
        Assert.Equal("5: entry has no owners and its section no default owners: GitLab treats it as owned by nobody", file.Problems());
        Assert.Equal("Backend", file.Rules.Single(r => r.Line == 37).Section);
    }

    private static CodeOwnersFile Load(string fixture, string location, CodeOwnersFlavor expected)
    {
        var text = File.ReadAllText(TestPaths.TestData("Sightline.Fleet.Tests", "codeowners", fixture));
        var repository = new InMemoryRepository().Add(location, text).Add("src/main.c", string.Empty);
        var (path, flavor) = CodeOwnersLocator.Find(repository) ?? throw new InvalidOperationException("no CODEOWNERS found");
        Assert.Equal((location, expected), (path, flavor));
        using var reader = new StreamReader(repository.OpenRead(path));
        return CodeOwnersFile.Parse(reader, path, flavor);
    }
}
