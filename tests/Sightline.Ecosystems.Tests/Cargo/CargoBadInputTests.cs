using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Xunit;

namespace Sightline.Ecosystems.Tests.Cargo;

public class CargoBadInputTests
{
    private const string GoodLock = """
        version = 3

        [[package]]
        name = "ok"
        version = "1.0.0"
        dependencies = ["itoa"]

        [[package]]
        name = "itoa"
        version = "1.0.11"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        checksum = "49f1f14873335454500d59611f1cf4a4b0f786f9ac11f4312a78e4cf2566695b"
        """;

    [Fact]
    public void MalformedCargoToml_IsAnErrorWithItsLine_AndOtherProjectsStillExtract()
    {
        var repository = new InMemoryRepository()
            .Add("broken/Cargo.toml", "[package]\nname = \"broken\"\nversion = \"1.0.0\n\n[dependencies]\n")
            .Add("good/Cargo.toml", "[package]\nname = \"ok\"\nversion = \"1.0.0\"\n\n[dependencies]\nitoa = \"1\"\n")
            .Add("good/Cargo.lock", GoodLock);

        var result = CargoTestSupport.Extract(repository);

        var error = Assert.Single(result.Errors);
        Assert.Equal("broken/Cargo.toml", error.File);
        Assert.Equal(3, error.Line);
        Assert.NotNull(error.Column);
        Assert.StartsWith("invalid TOML: ", error.Message, StringComparison.Ordinal);
        var graph = Assert.Single(result.Graphs);
        Assert.Equal("ok", graph.Root.Name);
        Assert.Equal("1", graph.Edges.Single().Requirement);
    }

    [Fact]
    public void MalformedCargoLock_IsAnErrorWithItsLine()
    {
        var repository = new InMemoryRepository().Add("Cargo.lock", "version = 3\n\n[[package]]\nname = \"a\"\nversion = \"1.0.0\"\ndependencies = [\n \"b\"\n\n[[package]]\nname = \"b\"\n");

        var result = CargoTestSupport.Extract(repository);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Cargo.lock", error.File);
        Assert.Equal(9, error.Line);
        Assert.Empty(result.Graphs);
    }

    [Fact]
    public void BrokenRootManifest_CostsOnlyItsOwnData_TheLockfileStillGivesAGraph()
    {
        var repository = new InMemoryRepository().Add("Cargo.toml", "[package\nname = \"ok\"\n").Add("Cargo.lock", GoodLock);

        var result = CargoTestSupport.Extract(repository);

        Assert.Equal("Cargo.toml", Assert.Single(result.Errors).File);
        var graph = Assert.Single(result.Graphs);
        Assert.Equal(["ok", "itoa"], graph.Nodes.Skip(1).Select(n => n.Name));
        Assert.Contains(graph.Unresolved, u => u.Name == "ok" && u.Reason.Contains("not available", StringComparison.Ordinal));
    }

    [Fact]
    public void AmbiguousDependencyReference_IsAnErrorNamingIt()
    {
        const string Lock = """
            [[package]]
            name = "app"
            version = "0.1.0"
            dependencies = [
             "rand",
            ]

            [[package]]
            name = "rand"
            version = "0.7.3"
            source = "registry+https://github.com/rust-lang/crates.io-index"
            checksum = "6a6b1679d49b24bbfe0c803429aa1874472f50d9b363131f0e89fc356b544d03"

            [[package]]
            name = "rand"
            version = "0.8.5"
            source = "registry+https://github.com/rust-lang/crates.io-index"
            checksum = "34af8d1a0e25924bc5b7c43c079c942339d8f0a8b57c39049bef581b46327404"
            """;
        var result = CargoTestSupport.Extract(new InMemoryRepository().Add("Cargo.lock", Lock));

        var error = Assert.Single(result.Errors);
        Assert.Equal(5, error.Line);
        Assert.Contains("'rand' of app 0.1.0 is ambiguous", error.Message, StringComparison.Ordinal);
        Assert.Contains("rand 0.7.3", error.Message, StringComparison.Ordinal);
        Assert.Contains("rand 0.8.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceToAMissingPackage_IsUnresolvedWithItsName()
    {
        var lockfile = GoodLock.Replace("dependencies = [\"itoa\"]", "dependencies = [\"itoa\", \"ghost 2.0.0\"]", StringComparison.Ordinal);

        var graph = Assert.Single(CargoTestSupport.Extract(new InMemoryRepository().Add("Cargo.lock", lockfile)).Graphs);

        var missing = Assert.Single(graph.Unresolved, u => u.Name == "ghost");
        Assert.Contains("'ghost 2.0.0'", missing.Reason, StringComparison.Ordinal);
        Assert.False(graph.IsFullyResolved);
    }

    [Theory]
    [InlineData("version = 5\n", "version 5 is not supported")]
    [InlineData("version = \"3\"\n", "'version' must be an integer")]
    [InlineData("[[package]]\nname = \"a\"\n", "'a' without a version")]
    [InlineData("[[package]]\nname = 7\nversion = \"1.0.0\"\n", "'name' must be a string")]
    [InlineData("package = 1\n", "array of tables")]
    public void UnexpectedLockfileContent_IsAFormatError(string content, string message)
    {
        var result = CargoTestSupport.Extract(new InMemoryRepository().Add("Cargo.lock", content));

        Assert.Contains(message, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedToml_IsAnError_NotACrash()
    {
        var deep = "a = " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var repository = new InMemoryRepository().Add("x/Cargo.toml", deep).Add("x/Cargo.lock", deep);

        var result = CargoTestSupport.Extract(repository);

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Contains("depth", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void WrongValueTypeInCargoToml_IsAFormatError()
    {
        var repository = new InMemoryRepository().Add("Cargo.toml", "[package]\nname = \"x\"\n\n[dependencies]\nserde = 1\n");

        var error = Assert.Single(CargoTestSupport.Extract(repository).Errors);

        Assert.Contains("'serde' must be a version string or a table", error.Message, StringComparison.Ordinal);
    }
}
