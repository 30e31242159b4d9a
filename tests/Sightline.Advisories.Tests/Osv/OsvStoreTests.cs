using Sightline.Advisories.Osv;
using Sightline.Core.Advisories;
using Sightline.Core.Model;
using Sightline.Store;
using Xunit;

namespace Sightline.Advisories.Tests.Osv;

public class OsvStoreTests
{
    private static Advisory Parse(string json) => OsvParser.ParseJson(new MemoryStream(OsvFixtures.Utf8(json)));

    [Fact]
    public void NewerModified_ReplacesTheRecord_AndReportsOldAndNewPackages()
    {
        using var temp = new TempDir();
        using var store = SightlineStore.Open(temp.Database);
        store.ImportAdvisories([Parse(OsvFixtures.Record("GHSA-x", "2024-01-01T00:00:00Z", name: "old-name"))], "a");

        var result = store.ImportAdvisories([Parse(OsvFixtures.Record("GHSA-x", "2024-02-01T00:00:00Z", name: "new-name"))], "b");

        Assert.Equal((0, 1, 0, 0), (result.Added, result.Replaced, result.Unchanged, result.Older));
        Assert.Equal(new HashSet<(Ecosystem, string)> { (Ecosystem.Npm, "old-name"), (Ecosystem.Npm, "new-name") }, result.ChangedPackages);
        Assert.Equal("new-name", Assert.Single(store.FindAdvisories("GHSA-x")).Affected[0].Name);
        Assert.Empty(store.AdvisoriesFor(Ecosystem.Npm, "old-name"));
        Assert.Equal(1, store.AdvisoryCount());
    }

    [Fact]
    public void OlderOrSameModified_IsKeptAsStored_AndCounted()
    {
        using var temp = new TempDir();
        using var store = SightlineStore.Open(temp.Database);
        store.ImportAdvisories([Parse(OsvFixtures.Record("GHSA-x", "2024-02-01T00:00:00Z", name: "kept"))], "a");

        var result = store.ImportAdvisories(
            [Parse(OsvFixtures.Record("GHSA-x", "2024-01-01T00:00:00Z", name: "older")), Parse(OsvFixtures.Record("ghsa-X", "2024-02-01T00:00:00Z", name: "same"))], "b");

        Assert.Equal((0, 0, 1, 1), (result.Added, result.Replaced, result.Unchanged, result.Older));
        Assert.Empty(result.ChangedPackages);
        Assert.Equal("kept", Assert.Single(store.FindAdvisories("GHSA-x")).Affected[0].Name);
    }

    [Fact]
    public void Aliases_AreSearchableBothWays_CaseInsensitively()
    {
        using var temp = new TempDir();
        using var store = SightlineStore.Open(temp.Database);
        store.ImportAdvisories(
        [
            Parse(OsvFixtures.Record("GHSA-aaaa", "2024-01-01T00:00:00Z", alias: "CVE-2099-1")),
            Parse(OsvFixtures.Record("GO-2099-1", "2024-01-01T00:00:00Z", ecosystem: "Go", name: "example.com/m", alias: "CVE-2099-1")),
            Parse(OsvFixtures.Record("PYSEC-1", "2024-01-01T00:00:00Z", ecosystem: "PyPI", name: "x", alias: "GHSA-bbbb")),
        ], "t");

        Assert.Equal(["GHSA-aaaa", "GO-2099-1"], store.FindAdvisories("cve-2099-1").Select(a => a.Id));
        Assert.Equal(["GHSA-aaaa", "GO-2099-1"], store.FindAdvisories("ghsa-AAAA").Select(a => a.Id));
        Assert.Equal(["PYSEC-1"], store.FindAdvisories("GHSA-bbbb").Select(a => a.Id));
        Assert.Empty(store.FindAdvisories("CVE-0000-0"));
    }

    [Fact]
    public void StoredRecord_ReadsBackEqualToTheImportedOne()
    {
        using var temp = new TempDir();
        using var store = SightlineStore.Open(temp.Database);
        Advisory original;
        using (var stream = File.OpenRead(OsvFixtures.File("GHSA-test-0001.json")))
        {
            original = OsvParser.ParseJson(stream);
        }

        store.ImportAdvisories([original], "t");
        var back = Assert.Single(store.AllAdvisories());

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(original), System.Text.Json.JsonSerializer.Serialize(back));
        Assert.Equal(["GHSA-test-0001"], store.AdvisoriesFor(Ecosystem.Npm, "left-merge").Select(a => a.Id));
    }

    [Fact]
    public void PackageLookup_UsesNormalizedNames_AndUnsupportedEcosystemsAreNeverMatched()
    {
        using var temp = new TempDir();
        using var store = SightlineStore.Open(temp.Database);
        var result = store.ImportAdvisories(
        [
            Parse(OsvFixtures.Record("PYSEC-2", "2024-01-01T00:00:00Z", ecosystem: "PyPI", name: "Some_Package")),
            Parse(OsvFixtures.Record("DSA-1", "2024-01-01T00:00:00Z", ecosystem: "Debian:11", name: "some-package")),
        ], "t");

        Assert.Equal(new HashSet<(Ecosystem, string)> { (Ecosystem.PyPI, "some-package") }, result.ChangedPackages);
        Assert.Equal(["PYSEC-2"], store.AdvisoriesFor(Ecosystem.PyPI, "some-package").Select(a => a.Id));
        Assert.Null(Assert.Single(store.FindAdvisories("DSA-1")).Affected[0].Ecosystem);
    }
}
