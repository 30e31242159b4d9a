using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Repositories;
using Xunit;
using static Sightline.Ecosystems.Tests.Npm.NpmTestSupport;

namespace Sightline.Ecosystems.Tests.Npm;

/// <summary>
/// Dependencies the lockfile gives no licence take the one their installed package.json declares
/// (testdata/npm/installed-*), only for the same version.
/// </summary>
public class NpmInstalledLicenceTests
{
    [Fact]
    public void YarnV1_HoistedInstalls_GiveTheirLicences_ByInstalledFolderName()
    {
        var graph = Single(ExtractFolder(Fixture("installed-yarn-v1")));
        Assert.Equal("WTFPL", Node(graph, "left-pad").License);
        Assert.Equal("MIT", Node(graph, "debug").License); // legacy { "type": "MIT" }
        Assert.Equal("MIT", Node(graph, "ms", "2.1.3").License);
        var aliased = Node(graph, "string-width");
        Assert.Equal(("sw", "MIT"), (aliased.Alias, aliased.License)); // installed under the alias
    }

    [Fact]
    public void YarnV1_AnInstalledCopyOfAnotherVersion_GivesNoLicence()
    {
        var graph = Single(ExtractFolder(Fixture("installed-yarn-v1")));
        Assert.Null(Node(graph, "ms", "2.1.2").License); // node_modules/ms is 2.1.3
    }

    [Fact]
    public void YarnV1_MalformedOrMissingInstalls_GiveNoLicence_AndNoError()
    {
        var result = ExtractFolder(Fixture("installed-yarn-v1"));
        var graph = Single(result); // asserts no errors
        Assert.Null(Node(graph, "half-written").License);
        Assert.Null(Node(graph, "not-installed").License);
    }

    [Fact]
    public void Pnpm_VirtualStoreFolders_GiveLicences_IncludingPeerSuffixedAndScopedOnes()
    {
        var graph = Single(ExtractFolder(Fixture("installed-pnpm")));
        Assert.Equal("MIT", Node(graph, "react").License);
        Assert.Equal("MIT", Node(graph, "react-dom").License); // .pnpm/react-dom@18.2.0_react@18.2.0
        Assert.Equal("MIT", Node(graph, "@types/prop-types").License); // .pnpm/@types+prop-types@15.7.5
        Assert.Null(Node(graph, "loose-envify").License); // its store folder holds 1.4.1, not 1.4.0
    }

    [Fact]
    public void PackageLockV1_ReadsEachNodesOwnInstallPath_NestedAndAliased()
    {
        var graph = Single(ExtractFolder(Fixture("installed-lock-v1")));
        Assert.Equal("MIT", Node(graph, "express").License);
        Assert.Equal("MIT", Node(graph, "mocha").License); // legacy "licenses" array of one
        Assert.Equal("MIT", Node(graph, "debug", "2.6.9").License);
        Assert.Equal("MIT", NodeAt(graph, "node_modules/mocha/node_modules/debug").License);
        Assert.Equal("MIT", Node(graph, "string-width").License);
        Assert.Null(Node(graph, "ms").License); // not installed
    }

    [Fact]
    public void PackageLockV3_EntryLicence_IsNotOverridden_ButAMissingOneIsFilled()
    {
        var graph = Single(ExtractFolder(Fixture("installed-lock-v3")));
        Assert.Equal("ISC", Node(graph, "a").License); // installed copy says MIT: the lockfile's statement stands
        Assert.Equal("BSD-2-Clause", Node(graph, "b").License);
    }

    [Fact]
    public void NothingInstalled_LeavesDependencyLicencesNull()
    {
        var graph = Single(ExtractFolder(Fixture("lock-v1")));
        Assert.All(graph.Nodes.Where(n => n.Id != 0), n => Assert.Null(n.License));
    }

    [Fact]
    public void OversizedOrLinkedPackageJson_GivesNoLicence_AndIsNotFollowed()
    {
        var root = Directory.CreateTempSubdirectory("sightline-npm-installed-");
        var outside = Directory.CreateTempSubdirectory("sightline-npm-outside-");
        try
        {
            File.WriteAllText(Path.Combine(root.FullName, "package.json"), """{ "name": "p", "dependencies": { "big": "1.0.0", "linked": "1.0.0", "plain": "1.0.0" } }""");
            WritePackage(root.FullName, "big", "{ \"name\": \"big\", \"version\": \"1.0.0\", \"license\": \"MIT\", \"pad\": \"" + new string('x', 1 << 20) + "\" }");
            WritePackage(root.FullName, "plain", """{ "name": "plain", "version": "1.0.0", "license": "Apache-2.0" }""");
            WritePackage(outside.FullName, "linked", """{ "name": "linked", "version": "1.0.0", "license": "MIT" }""");
            Directory.CreateSymbolicLink(Path.Combine(root.FullName, "node_modules", "linked"), Path.Combine(outside.FullName, "node_modules", "linked"));

            var graph = Single(ExtractFolder(root.FullName)); // package.json without lockfile: exact pins are nodes
            Assert.Equal("Apache-2.0", Node(graph, "plain").License);
            Assert.Null(Node(graph, "big").License);
            Assert.Null(Node(graph, "linked").License);
        }
        finally
        {
            root.Delete(recursive: true);
            outside.Delete(recursive: true);
        }
    }

    [Fact]
    public void EachInstalledPath_IsOpenedOnce_EvenWhenSeveralNodesLookThere()
    {
        var counting = new CountingRepository(new FileSystemRepository(Fixture("installed-yarn-v1")));
        var extracted = Extract(counting);
        var yarn = Assert.Single(extracted.Graphs);
        Assert.Equal("WTFPL", Node(yarn, "left-pad").License);
        Assert.All(counting.Opened.GroupBy(p => p, StringComparer.Ordinal), g => Assert.Single(g));
        Assert.Contains("node_modules/left-pad/package.json", counting.Opened);
        Assert.Contains("node_modules/ms/package.json", counting.Opened); // asked for ms 2.1.2 and ms 2.1.3, read once
    }

    [Theory]
    [InlineData("../installed-pnpm/package.json")]
    [InlineData("node_modules/../package.json")]
    [InlineData("/etc/passwd")]
    [InlineData("node_modules//left-pad/package.json")]
    [InlineData("node_modules\\left-pad\\package.json")]
    [InlineData("")]
    public void TryOpen_RefusesPathsThatAreNotPlainRelative(string path)
    {
        var repository = new FileSystemRepository(Fixture("installed-yarn-v1"));
        Assert.False(repository.TryOpen(path, out var stream));
        Assert.Null(stream);
    }

    [Fact]
    public void TryOpen_OpensAnUnlistedFileUnderNodeModules()
    {
        var repository = new FileSystemRepository(Fixture("installed-yarn-v1"));
        Assert.DoesNotContain("node_modules/left-pad/package.json", repository.Files);
        Assert.True(repository.TryOpen("node_modules/left-pad/package.json", out var stream));
        using var reader = new StreamReader(stream);
        Assert.Contains("\"WTFPL\"", reader.ReadToEnd(), StringComparison.Ordinal);
    }

    private static void WritePackage(string root, string name, string json)
    {
        var folder = Path.Combine(root, "node_modules", name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "package.json"), json);
    }

    /// <summary>Records every unlisted file the extractor asks for.</summary>
    private sealed class CountingRepository(IRepositoryFiles inner) : IRepositoryFiles
    {
        public List<string> Opened { get; } = [];

        public IReadOnlyList<string> Files => inner.Files;

        public bool Exists(string relativePath) => inner.Exists(relativePath);

        public Stream OpenRead(string relativePath) => inner.OpenRead(relativePath);

        public bool TryOpen(string relativePath, [NotNullWhen(true)] out Stream? stream)
        {
            Opened.Add(relativePath);
            return inner.TryOpen(relativePath, out stream);
        }
    }
}
