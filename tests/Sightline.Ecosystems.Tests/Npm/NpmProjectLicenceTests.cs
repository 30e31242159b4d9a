using Sightline.Core.Repositories;
using Xunit;
using static Sightline.Ecosystems.Tests.Npm.NpmTestSupport;

namespace Sightline.Ecosystems.Tests.Npm;

/// <summary>The project's own licence (node 0) and each workspace member's come from their package.json.</summary>
public class NpmProjectLicenceTests
{
    [Fact]
    public void PackageJsonLicense_BecomesTheRootLicence_OverTheLockRootEntry()
    {
        var graph = Single(ExtractFolder(Fixture("licence-workspace")));
        Assert.Equal("MIT", graph.Root.License);
    }

    [Fact]
    public void MemberLicences_ComeFromEachMembersPackageJson_InEveryLegacyForm()
    {
        var graph = Single(ExtractFolder(Fixture("licence-workspace")));
        Assert.Equal("Apache-2.0", Node(graph, "@lic/a").License);
        Assert.Equal("MIT OR (GPL-2.0-only WITH Classpath-exception-2.0)", Node(graph, "@lic/b").License);
        Assert.Equal("BSD-3-Clause", Node(graph, "@lic/c").License); // package.json states none: the lock entry's stays
    }

    [Fact]
    public void LockRootEntryLicense_IsUsed_WhenThereIsNoPackageJson()
    {
        var repository = new InMemoryRepository().Add("package-lock.json",
            """{ "lockfileVersion": 3, "packages": { "": { "name": "x", "license": { "type": "BSD-2-Clause" } } } }""");
        Assert.Equal("BSD-2-Clause", Single(Extract(repository)).Root.License);
    }

    [Fact]
    public void ManifestStatingNoLicence_LeavesTheRootLicenceNull()
    {
        var graph = Single(ExtractFolder(Fixture("lock-v3-workspaces")));
        Assert.Null(graph.Root.License);
        Assert.All(graph.Nodes, n => Assert.Null(n.License));
    }

    [Theory]
    [InlineData("""{ "name": "x", "license": 42 }""")]
    [InlineData("""{ "name": "x", "license": { "type": { "nested": "MIT" } } }""")]
    [InlineData("""{ "name": "x", "license": ["MIT"] }""")]
    [InlineData("""{ "name": "x", "licenses": [ { "type": "MIT" }, 7 ] }""")]
    [InlineData("""{ "name": "x", "licenses": "MIT" }""")]
    [InlineData("""{ "name": "x", "license": "   " }""")]
    public void WrongTypedLicence_IsNull_AndNotAnError(string packageJson)
    {
        var graph = Single(Extract(new InMemoryRepository().Add("package.json", packageJson)));
        Assert.Null(graph.Root.License);
    }

    [Fact]
    public void YarnAndPnpmProjects_TakeTheRootLicenceFromPackageJson()
    {
        var yarn = new InMemoryRepository()
            .Add("package.json", """{ "name": "y", "license": "0BSD" }""")
            .Add("yarn.lock", "# yarn lockfile v1\n\n");
        Assert.Equal("0BSD", Single(Extract(yarn)).Root.License);

        var pnpm = new InMemoryRepository()
            .Add("package.json", """{ "name": "p", "license": "Unlicense" }""")
            .Add("pnpm-lock.yaml", "lockfileVersion: '9.0'\n\nimporters:\n\n  .: {}\n");
        Assert.Equal("Unlicense", Single(Extract(pnpm)).Root.License);
    }
}
