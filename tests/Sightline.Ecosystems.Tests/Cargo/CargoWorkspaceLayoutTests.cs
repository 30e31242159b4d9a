using Sightline.Core.Repositories;
using Xunit;

namespace Sightline.Ecosystems.Tests.Cargo;

/// <summary>Which Cargo.toml files a lockfile covers, and what it says when they and the lockfile disagree.</summary>
public class CargoWorkspaceLayoutTests
{
    private static Core.Model.DependencyGraph LockGraph(InMemoryRepository repository, string lockfile = "Cargo.lock")
    {
        var result = CargoTestSupport.Extract(repository);
        Assert.Empty(result.Errors);
        return result.Graphs.Single(g => g.LockfilePath == lockfile);
    }

    [Fact]
    public void LockfileWithoutManifest_TreatsEveryPathPackageAsAMember_AndSaysSo()
    {
        var repository = new InMemoryRepository().Add("sub/Cargo.lock", "version = 4\n[[package]]\nname = \"a\"\nversion = \"0.1.0\"\n[[package]]\nname = \"b\"\nversion = \"0.2.0\"\n");

        var graph = LockGraph(repository, "sub/Cargo.lock");

        Assert.Equal("sub/Cargo.lock", graph.ManifestPath);
        Assert.Equal(["a", "b"], graph.Children(graph.Root).Select(n => n.Name));
        Assert.Equal(2, graph.Unresolved.Count(u => u.Reason.Contains("Cargo.toml is not available", StringComparison.Ordinal)));
        Assert.Equal(2, graph.Publishes.Count);
    }

    [Fact]
    public void DeclarationsTheLockfileDoesNotHave_AndMembersItLacks_AreUnresolved()
    {
        var repository = new InMemoryRepository()
            .Add("Cargo.toml", "[workspace]\nmembers = [\"a\", \"new\"]\n")
            .Add("a/Cargo.toml", "[package]\nname = \"a\"\nversion = \"0.1.0\"\n[dependencies]\nadded-later = \"1\"\n")
            .Add("new/Cargo.toml", "[package]\nname = \"new\"\nversion = \"0.1.0\"\n")
            .Add("Cargo.lock", "version = 4\n[[package]]\nname = \"a\"\nversion = \"0.1.0\"\n");

        var graph = LockGraph(repository);

        Assert.Contains(graph.Unresolved, u => u.Name == "added-later" && u.Requirement == "1" && u.Reason.Contains("out of date", StringComparison.Ordinal));
        Assert.Contains(graph.Unresolved, u => u.Name == "new" && u.Reason.Contains("not in Cargo.lock", StringComparison.Ordinal));
        Assert.DoesNotContain(CargoTestSupport.Extract(repository).Graphs, g => g.ManifestPath == "new/Cargo.toml");
    }

    [Fact]
    public void NestedLockfile_OwnsTheManifestsBelowIt()
    {
        var repository = new InMemoryRepository()
            .Add("Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\n")
            .Add("Cargo.lock", "version = 4\n[[package]]\nname = \"one\"\nversion = \"0.1.0\"\n")
            .Add("crates/one/Cargo.toml", "[package]\nname = \"one\"\nversion = \"0.1.0\"\n")
            .Add("crates/fuzz/Cargo.toml", "[package]\nname = \"fuzz\"\nversion = \"0.0.0\"\n[workspace]\n")
            .Add("crates/fuzz/Cargo.lock", "version = 4\n[[package]]\nname = \"fuzz\"\nversion = \"0.0.0\"\n");

        var result = CargoTestSupport.Extract(repository);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Graphs.Count);
        Assert.Equal(["one"], result.Graphs.Single(g => g.LockfilePath == "Cargo.lock").Publishes.Select(p => p.Name));
        Assert.Equal("fuzz", result.Graphs.Single(g => g.LockfilePath == "crates/fuzz/Cargo.lock").Root.Name);
        Assert.All(result.Graphs, g => Assert.Empty(g.Unresolved));
    }

    [Fact]
    public void LocklessWorkspaceMember_InheritsVersionAndRequirementsFromTheWorkspaceRoot()
    {
        var repository = new InMemoryRepository()
            .Add("Cargo.toml", "[workspace]\nmembers = [\"lib\"]\n[workspace.package]\nversion = \"4.5.6\"\n[workspace.dependencies]\nregex = \"1.10\"\n")
            .Add("lib/Cargo.toml", "[package]\nname = \"lib\"\nversion.workspace = true\n[dependencies]\nregex.workspace = true\nmissing = { workspace = true }\n");

        var result = CargoTestSupport.Extract(repository);

        var graph = Assert.Single(result.Graphs);
        Assert.Equal(("lib", "4.5.6"), (graph.Root.Name, graph.Root.Version));
        Assert.Equal("1.10", graph.Unresolved.Single(u => u.Name == "regex").Requirement);
        Assert.Contains("does not declare it", graph.Unresolved.Single(u => u.Name == "missing").Reason, StringComparison.Ordinal);
    }
}
