using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Xunit;

namespace Sightline.Ecosystems.Tests.Cargo;

public class CargoLockFormatTests
{
    private static DependencyGraph LockGraph(InMemoryRepository repository, string lockfile = "Cargo.lock")
    {
        var result = CargoTestSupport.Extract(repository);
        Assert.Empty(result.Errors);
        return result.Graphs.Single(g => g.LockfilePath == lockfile);
    }

    [Fact]
    public void LockfileV2_HasNoVersionKey_InlineChecksums_AndNameVersionWhereAmbiguous()
    {
        const string Lock = """
            [[package]]
            name = "app"
            version = "0.1.0"
            dependencies = [
             "cfg-if 0.1.10",
             "cfg-if 1.0.0",
             "log",
            ]

            [[package]]
            name = "cfg-if"
            version = "0.1.10"
            source = "registry+https://github.com/rust-lang/crates.io-index"
            checksum = "4785bdd1c96b2a846b2bd7cc02e86b6b3dbf14e7e53446c4f54c92a361040822"

            [[package]]
            name = "cfg-if"
            version = "1.0.0"
            source = "registry+https://github.com/rust-lang/crates.io-index"
            checksum = "baf1de4339761588bc0619e3cbc0120ee582ebb74b53b4efbf79117bd2da40fd"

            [[package]]
            name = "log"
            version = "0.4.14"
            source = "registry+https://github.com/rust-lang/crates.io-index"
            checksum = "51b9bbe6c47d51fc3e1a9b945965946b4c44142ab8792c50835a980d362c2710"
            dependencies = [
             "cfg-if 1.0.0",
            ]
            """;
        var graph = LockGraph(new InMemoryRepository().Add("Cargo.lock", Lock));

        Assert.Equal("Cargo.lock v2", graph.Kind);
        Assert.Equal("sha256:baf1de4339761588bc0619e3cbc0120ee582ebb74b53b4efbf79117bd2da40fd", graph.Node("cfg-if", "1.0.0").Integrity);
        Assert.Equal(["cfg-if@1.0.0"], graph.Children(graph.Node("log")).Select(n => n.ToString()));
        Assert.Equal(3, graph.Children(graph.Node("app")).Count());
    }

    [Fact]
    public void OldestV1Lockfile_WithRootTable_AndPatchUnusedIsIgnored()
    {
        const string Lock = """
            [root]
            name = "old"
            version = "0.1.0"
            dependencies = [
             "libc 0.2.66 (registry+https://github.com/rust-lang/crates.io-index)",
            ]

            [[package]]
            name = "libc"
            version = "0.2.66"
            source = "registry+https://github.com/rust-lang/crates.io-index"

            [[patch.unused]]
            name = "never-used"
            version = "9.9.9"

            [metadata]
            "checksum libc 0.2.66 (registry+https://github.com/rust-lang/crates.io-index)" = "d515b1f41455adea1313a4a2ac8a8a477634fbae63cc6100e3aebb207ce61558"
            """;
        var repository = new InMemoryRepository().Add("Cargo.lock", Lock).Add("Cargo.toml", "[package]\nname = \"old\"\nversion = \"0.1.0\"\n[dependencies]\nlibc = \"0.2\"\n");

        var graph = LockGraph(repository);

        Assert.Equal("Cargo.lock v1", graph.Kind);
        Assert.Equal("old", graph.Root.Name);
        var libc = Assert.Single(graph.Nodes.Skip(1));
        Assert.Equal("sha256:d515b1f41455adea1313a4a2ac8a8a477634fbae63cc6100e3aebb207ce61558", libc.Integrity);
        Assert.Equal("0.2", graph.Edge(graph.Root, libc).Requirement);
        Assert.DoesNotContain(graph.Nodes, n => n.Name == "never-used");
    }

    [Fact]
    public void V1NameVersionReference_NamesThePathCopy_WhenARegistryCopyHasTheSameVersion()
    {
        const string Lock = """
            [[package]]
            name = "app"
            version = "0.1.0"
            dependencies = [
             "util 1.0.0",
            ]

            [[package]]
            name = "util"
            version = "1.0.0"

            [[package]]
            name = "util"
            version = "1.0.0"
            source = "registry+https://github.com/rust-lang/crates.io-index"
            """;
        var graph = LockGraph(new InMemoryRepository().Add("Cargo.lock", Lock));

        var child = Assert.Single(graph.Children(graph.Node("app")));
        Assert.Equal(PackageSource.Local, child.Source);
    }
}
