using Sightline.Core.Model;
using Sightline.Remediation.Registries;
using Xunit;

namespace Sightline.Remediation.Tests.Registries;

public class RegistryCacheTests
{
    private static readonly DateTimeOffset Fetched = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    private static readonly string[] Lodash = ["4.17.15", "4.17.16", "4.17.19", "4.17.20", "4.17.21"];

    [Fact]
    public async Task SecondCall_IsServedFromTheCache_WithTheServerGone()
    {
        using var cache = new TempFolder();
        var clock = new ManualClock(Fetched);
        var server = new RegistryServer().File("lodash", Fixtures.Path("npm-lodash.json"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(Npm: server.Base), cache.FullName, null, null, false, clock);

        var first = await source.GetVersionsAsync(Ecosystem.Npm, "lodash");
        await server.DisposeAsync();
        clock.Now = Fetched.AddHours(23);
        var second = await source.GetVersionsAsync(Ecosystem.Npm, "lodash");

        Assert.Equal("npm registry", first.Source);
        Assert.Equal(Lodash, second.Versions);
        Assert.Equal("cache (2026-11-24)", second.Source);
        Assert.Null(second.Problem);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task StaleCache_IsRefreshed()
    {
        using var cache = new TempFolder();
        var clock = new ManualClock(Fetched);
        await using var server = new RegistryServer().File("lodash", Fixtures.Path("npm-lodash.json"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(Npm: server.Base), cache.FullName, null, TimeSpan.FromHours(1), false, clock);

        await source.GetVersionsAsync(Ecosystem.Npm, "lodash");
        clock.Now = Fetched.AddHours(2);
        var again = await source.GetVersionsAsync(Ecosystem.Npm, "lodash");

        Assert.Equal("npm registry", again.Source);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task FailedRefresh_FallsBackToTheStaleCache()
    {
        using var cache = new TempFolder();
        var clock = new ManualClock(Fetched);
        await using var server = new RegistryServer().File("lodash", Fixtures.Path("npm-lodash.json"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(Npm: server.Base), cache.FullName, null, null, false, clock);

        await source.GetVersionsAsync(Ecosystem.Npm, "lodash");
        server.Status("lodash", 500);
        clock.Now = Fetched.AddDays(3);
        var listing = await source.GetVersionsAsync(Ecosystem.Npm, "lodash");

        Assert.Equal(Lodash, listing.Versions);
        Assert.Equal("cache (2026-11-24, stale)", listing.Source);
        Assert.Equal("npm registry answered HTTP 500 (Internal Server Error); served the cached versions", listing.Problem);
    }

    [Fact]
    public async Task Offline_ServesTheCacheWhateverItsAge_AndSendsNothing()
    {
        using var cache = new TempFolder();
        await using var server = new RegistryServer().File("golang.org/x/net/@v/list", Fixtures.Path("go-x-net.list"), "text/plain");
        using (var online = new RegistryVersionSource(new RegistryEndpoints(GoProxy: server.Base), cache.FullName, null, null, false, new ManualClock(Fetched)))
        {
            await online.GetVersionsAsync(Ecosystem.Go, "golang.org/x/net");
        }

        using var offline = new RegistryVersionSource(new RegistryEndpoints(GoProxy: server.Base), cache.FullName, null, null, true, new ManualClock(Fetched.AddDays(40)));
        var cached = await offline.GetVersionsAsync(Ecosystem.Go, "golang.org/x/net");
        var missing = await offline.GetVersionsAsync(Ecosystem.Go, "golang.org/x/crypto");

        Assert.Equal(["v0.1.0", "v0.2.0", "v0.4.0", "v0.7.0", "v0.13.0", "v0.17.0", "v0.18.0"], cached.Versions);
        Assert.Equal("cache (2026-11-24, stale)", cached.Source);
        Assert.Empty(missing.Versions);
        Assert.Equal("offline", missing.Source);
        Assert.Equal("offline, and no cached versions of golang.org/x/crypto", missing.Problem);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task CacheKey_IsTheNormalisedName()
    {
        using var cache = new TempFolder();
        await using var server = new RegistryServer().File("pypi/pyyaml/json", Fixtures.Path("pypi-pyyaml.json"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(PyPI: server.Base), cache.FullName);

        await source.GetVersionsAsync(Ecosystem.PyPI, "PyYAML");
        var again = await source.GetVersionsAsync(Ecosystem.PyPI, "pyyaml");

        Assert.StartsWith("cache (", again.Source, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.Single(Directory.GetFiles(Path.Combine(cache.FullName, "pypi")));
    }

    [Fact]
    public async Task CorruptCacheFile_IsIgnored()
    {
        using var cache = new TempFolder();
        await using var server = new RegistryServer().File("regex", Fixtures.Path("npm-lodash.json"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(Npm: server.Base), cache.FullName);
        await source.GetVersionsAsync(Ecosystem.Npm, "regex");
        var file = Assert.Single(Directory.GetFiles(Path.Combine(cache.FullName, "npm")));
        await File.WriteAllTextAsync(file, "{ not json");

        var listing = await source.GetVersionsAsync(Ecosystem.Npm, "regex");

        Assert.Equal("npm registry", listing.Source);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task OfflineWithoutACacheFolder_SaysSo()
    {
        using var source = new RegistryVersionSource(RegistryEndpoints.Public, offline: true);

        var listing = await source.GetVersionsAsync(Ecosystem.Npm, "lodash");

        Assert.Equal(new VersionListing(listing.Versions, "offline", "offline, and no cache folder was given"), listing);
        Assert.Empty(listing.Versions);
    }

    [Fact]
    public async Task NoVersionSource_IsAlwaysEmptyAndOffline()
    {
        var listing = await new NoVersionSource().GetVersionsAsync(Ecosystem.Maven, "org.apache.logging.log4j:log4j-core");

        Assert.Empty(listing.Versions);
        Assert.Equal("offline", listing.Source);
        Assert.Null(listing.Problem);
    }
}
