using Sightline.Core.Extraction;
using Sightline.Core.Model;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.Cargo;
using Sightline.Ecosystems.Cargo.Registry;
using Xunit;

namespace Sightline.Ecosystems.Tests.Cargo;

/// <summary>Registry crates' declared licences come from their Cargo.toml in Cargo's unpacked registry sources.</summary>
public class CargoRegistryLicenceTests
{
    private static string RegistrySources => Path.Combine(CargoTestSupport.Fixtures, "registry-src");

    private static DependencyGraph LockGraph(CargoSettings settings)
    {
        var repository = new FileSystemRepository(Path.Combine(CargoTestSupport.Fixtures, "workspace"));
        var extractor = new CargoExtractor(settings);
        var files = repository.Files.Where(f => FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns)).ToList();
        var result = extractor.Extract(repository, files, CancellationToken.None);
        Assert.Empty(result.Errors);
        return result.Graphs.Single(g => g.LockfilePath == "Cargo.lock");
    }

    [Fact]
    public void RegistryCrates_TakeTheLicenceTheirCargoTomlDeclares()
    {
        var graph = LockGraph(new CargoSettings(RegistrySources));

        Assert.Equal("MIT OR Apache-2.0", graph.Node("anyhow").License);
        Assert.Equal("MIT OR Apache-2.0", graph.Node("serde").License);
        Assert.Equal("Apache-2.0 OR BSL-1.0", graph.Node("ryu").License); // surrounding blanks trimmed
    }

    [Fact]
    public void CratesUnderAnyIndexFolder_AreFound_FirstStatedLicenceWins()
    {
        var graph = LockGraph(new CargoSettings(RegistrySources));

        Assert.Equal("MIT OR Apache-2.0", graph.Node("tempfile").License); // only under github.com-…
        // github.com-… (first in order) has only license-file for cc; index.crates.io-… states Apache-2.0.
        Assert.Equal("Apache-2.0", graph.Node("cc").License);
    }

    [Fact]
    public void NoUsableLicence_LeavesTheCrateWithout()
    {
        var graph = LockGraph(new CargoSettings(RegistrySources));

        Assert.Null(graph.Node("diff").License); // license-file only
        Assert.Null(graph.Node("itoa").License); // malformed TOML
        Assert.Null(graph.Node("fastrand").License); // license = 2
        Assert.Null(graph.Node("tracing").License); // package is a string, not a table
        Assert.Null(graph.Node("winapi-util").License); // not in the folder
    }

    [Fact]
    public void GitAndPathCrates_AreNotLookedUp()
    {
        var graph = LockGraph(new CargoSettings(RegistrySources));

        Assert.Equal(PackageSource.Git, graph.Node("mylog").Source);
        Assert.Null(graph.Node("mylog").License); // mylog-0.2.0 under the folder says GPL-3.0-only
        Assert.Equal(PackageSource.Local, graph.Node("core-lib").Source);
        Assert.Null(graph.Node("core-lib").License); // core-lib-0.3.0 under the folder says BSD-3-Clause
    }

    [Fact]
    public void WithoutARegistryFolder_NothingIsRead()
    {
        var graph = LockGraph(CargoSettings.None);

        Assert.Equal(19, graph.Nodes.Count); // the workspace and its 18 packages
        Assert.All(graph.Nodes, n => Assert.Null(n.License));
    }

    [Fact]
    public void HostileOrMissingManifests_GiveNoLicence_NeverAnError()
    {
        var folder = Directory.CreateTempSubdirectory("sightline-cargo-registry-");
        try
        {
            var index = Path.Combine(folder.FullName, "index.crates.io-1949cf8c6b5b557f");
            Write(index, "huge-1.0.0", "[package]\nlicense = \"MIT\"\n# " + new string('x', 1024 * 1024) + "\n");
            Write(index, "deep-1.0.0", "[package]\nlicense = \"MIT\"\nx = " + new string('[', 500) + new string(']', 500) + "\n");
            Write(index, "ok-1.0.0", "[package]\nlicense = \"MIT\"\n");
            File.WriteAllText(Path.Combine(folder.FullName, "stray-file"), "not an index folder");
            var sources = new RegistryLicenses(folder.FullName);

            Assert.Equal("MIT", sources.Find("ok", "1.0.0"));
            Assert.Null(sources.Find("huge", "1.0.0"));
            Assert.Null(sources.Find("deep", "1.0.0"));
            Assert.Null(sources.Find("../index.crates.io-1949cf8c6b5b557f/ok", "1.0.0"));
            Assert.Null(sources.Find("ok", "1.0.0/../../ok-1.0.0"));
            Assert.Null(new RegistryLicenses(Path.Combine(folder.FullName, "absent")).Find("ok", "1.0.0"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Write(string index, string crate, string text)
    {
        var folder = Path.Combine(index, crate);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Cargo.toml"), text);
    }
}
