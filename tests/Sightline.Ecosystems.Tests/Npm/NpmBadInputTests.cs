using System.Text;
using Sightline.Core.Extraction;
using Sightline.Core.Repositories;
using Xunit;
using static Sightline.Ecosystems.Tests.Npm.NpmTestSupport;

namespace Sightline.Ecosystems.Tests.Npm;

public class NpmBadInputTests
{
    private static ExtractionError OnlyError(InMemoryRepository repository)
    {
        var result = Extract(repository);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void MalformedJson_ErrorNamesFileLineAndColumn()
    {
        var error = OnlyError(new InMemoryRepository().Add("app/package-lock.json", "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"\": { \"name\": \"x\" ,, }\n  }\n}\n"));
        Assert.Equal("app/package-lock.json", error.File);
        Assert.StartsWith("invalid JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
        Assert.NotNull(error.Column);
    }

    [Fact]
    public void DeeplyNestedJson_ClearErrorNoStackOverflow()
    {
        var deep = new StringBuilder("{\"lockfileVersion\": 1, \"dependencies\": ");
        for (var i = 0; i < 100_000; i++)
        {
            deep.Append("{\"a\":");
        }

        var error = OnlyError(new InMemoryRepository().Add("package-lock.json", deep.ToString()));
        Assert.Equal("package-lock.json", error.File);
        Assert.Contains("depth", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void DeeplyNestedLockfileV1_WithinJsonLimit_Parses()
    {
        // 100 levels of node_modules nesting: deep but legal, and walked without trouble.
        var json = new StringBuilder("{\"lockfileVersion\": 1, \"dependencies\": ");
        for (var i = 0; i < 100; i++)
        {
            json.Append("{\"p").Append(i).Append("\": {\"version\": \"1.0.0\", \"requires\": {\"p0\": \"1\"}, \"dependencies\": ");
        }

        json.Append("{}").Append(new string('}', 100 * 2)).Append('}');
        var graph = Single(Extract(new InMemoryRepository().Add("package-lock.json", json.ToString())));
        Assert.Equal(101, graph.Nodes.Count);
    }

    [Fact]
    public void WrongTypedPackages_ErrorNotCrash()
    {
        var error = OnlyError(new InMemoryRepository().Add("package-lock.json", "{\"lockfileVersion\": 3, \"packages\": 5}"));
        Assert.Contains("'packages' must be an object", error.Message, StringComparison.Ordinal);

        error = OnlyError(new InMemoryRepository().Add("package.json", "{\"name\": \"x\", \"dependencies\": [\"lodash\"]}"));
        Assert.Contains("'dependencies' must be an object", error.Message, StringComparison.Ordinal);

        error = OnlyError(new InMemoryRepository().Add("package-lock.json", "{\"lockfileVersion\": \"three\"}"));
        Assert.Contains("lockfileVersion", error.Message, StringComparison.Ordinal);

        error = OnlyError(new InMemoryRepository().Add("package-lock.json", "{\"lockfileVersion\": 3, \"packages\": {\"node_modules/a\": 7}}"));
        Assert.Contains("node_modules/a", error.Message, StringComparison.Ordinal);

        error = OnlyError(new InMemoryRepository().Add("package-lock.json", "[1, 2]"));
        Assert.Contains("JSON object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedYarnLock_ErrorWithLine()
    {
        var error = OnlyError(new InMemoryRepository().Add("yarn.lock", "# yarn lockfile v1\n\nleft-pad@^1.3.0:\n  version \"1.3.0\n   dependencies:\nbroken line without colon\n"));
        Assert.Equal("yarn.lock", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("unterminated", error.Message, StringComparison.Ordinal);

        error = OnlyError(new InMemoryRepository().Add("yarn.lock", "left-pad@^1.3.0:\n  version \"1.3.0\"\nbroken line without colon\n"));
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void MalformedBerryLock_ErrorWithLine()
    {
        var error = OnlyError(new InMemoryRepository().Add("yarn.lock", "__metadata:\n  version: 8\n\n\"a@npm:^1.0.0\":\n  version: 1.0.0\n  resolution: \"a@npm:1.0.0\n"));
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void MalformedPnpmLock_ErrorWithLine()
    {
        var repository = new InMemoryRepository().Add("pnpm-lock.yaml", "lockfileVersion: '9.0'\n\nimporters:\n  .:\n    dependencies:\n      a:\n        specifier: ^1.0.0\n        version: {integrity: sha512-x, tarball\n");
        var error = OnlyError(repository);
        Assert.Equal("pnpm-lock.yaml", error.File);
        Assert.Equal(8, error.Line);

        error = OnlyError(new InMemoryRepository().Add("pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: x\n      nested: wrong\n"));
        Assert.Equal(5, error.Line);

        error = OnlyError(new InMemoryRepository().Add("pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages: 5\n"));
        Assert.Contains("'packages' must be a mapping", error.Message, StringComparison.Ordinal);

        error = OnlyError(new InMemoryRepository().Add("pnpm-lock.yaml", "packages:\n  a@1.0.0: {}\n"));
        Assert.Contains("lockfileVersion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneBadFileAmongGood_GoodOnesStillYieldGraphs()
    {
        var repository = new InMemoryRepository()
            .Add("bad/package-lock.json", "{ not json")
            .Add("bad/package.json", "{\"name\": \"bad\", \"dependencies\": {\"a\": \"1.0.0\"}}")
            .Add("good/package.json", "{\"name\": \"good\", \"dependencies\": {\"a\": \"^1.0.0\"}}")
            .Add("good/package-lock.json", "{\"lockfileVersion\": 3, \"packages\": {\"\": {\"dependencies\": {\"a\": \"^1.0.0\"}}, \"node_modules/a\": {\"version\": \"1.2.0\"}}}")
            .Add("broken-manifest/package.json", "{\"name\": ")
            .Add("yarn/yarn.lock", "a@^1:\n  version \"1.0.0\"\n");
        var result = Extract(repository);
        Assert.Equal(["bad/package-lock.json", "broken-manifest/package.json"], result.Errors.Select(e => e.File).Order(StringComparer.Ordinal));
        Assert.Equal("1.2.0", Node(Assert.Single(result.Graphs, g => g.LockfilePath == "good/package-lock.json"), "a").Version);
        Assert.Single(result.Graphs, g => g.LockfilePath == "yarn/yarn.lock");
        Assert.True(result.BytesRead > 0);
    }

    [Fact]
    public void EmptyFiles_DoNotCrash()
    {
        var result = Extract(new InMemoryRepository().Add("yarn.lock", string.Empty).Add("a/package-lock.json", string.Empty));
        Assert.Single(result.Errors); // empty JSON is invalid; an empty yarn.lock is just empty
        Assert.Single(result.Graphs);
    }
}
