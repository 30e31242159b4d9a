using Sightline.Core.Model;
using Sightline.Remediation.Registries;
using Xunit;

namespace Sightline.Remediation.Tests.Registries;

public class RegistryFailureTests
{
    [Fact]
    public async Task NotFound_IsAnEmptyListingWithAProblem()
    {
        await using var server = new RegistryServer();
        using var source = new RegistryVersionSource(new RegistryEndpoints(Npm: server.Base));

        var listing = await source.GetVersionsAsync(Ecosystem.Npm, "no-such-package-here");

        Assert.Empty(listing.Versions);
        Assert.Equal("npm registry", listing.Source);
        Assert.Equal("not found in the npm registry", listing.Problem);
        Assert.Equal(["/registry/no-such-package-here"], server.Requests);
    }

    [Fact]
    public async Task ServerError_IsReported_NotThrown()
    {
        await using var server = new RegistryServer().Status("pypi/flask/json", 500);
        using var source = new RegistryVersionSource(new RegistryEndpoints(PyPI: server.Base));

        var listing = await source.GetVersionsAsync(Ecosystem.PyPI, "Flask");

        Assert.Empty(listing.Versions);
        Assert.Equal("PyPI registry answered HTTP 500 (Internal Server Error)", listing.Problem);
    }

    [Fact]
    public async Task HangingServer_GivesUpAfterTheTimeout()
    {
        await using var server = new RegistryServer().Hang("lodash");
        using var source = new RegistryVersionSource(new RegistryEndpoints(Npm: server.Base)) { RequestTimeout = TimeSpan.FromMilliseconds(300) };

        var listing = await source.GetVersionsAsync(Ecosystem.Npm, "lodash");

        Assert.Empty(listing.Versions);
        Assert.Equal("no answer from the npm registry within 0.3 s", listing.Problem);
    }

    [Fact]
    public async Task DeclaredOversizedBody_IsRefusedBeforeReading()
    {
        await using var server = new RegistryServer().File("lodash", Fixtures.Path("npm-lodash.json"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(Npm: server.Base)) { MaxResponseBytes = 100 };

        var listing = await source.GetVersionsAsync(Ecosystem.Npm, "lodash");

        Assert.Empty(listing.Versions);
        Assert.Equal("the npm registry answer is larger than 100 bytes", listing.Problem);
    }

    [Fact]
    public async Task EndlessBody_StopsAtTheCap()
    {
        await using var server = new RegistryServer().Endless("lodash");
        using var source = new RegistryVersionSource(new RegistryEndpoints(Npm: server.Base)) { MaxResponseBytes = 1024 * 1024 };

        var listing = await source.GetVersionsAsync(Ecosystem.Npm, "lodash");

        Assert.Empty(listing.Versions);
        Assert.Equal("the npm registry answer is larger than 1048576 bytes", listing.Problem);
    }

    [Fact]
    public async Task MalformedJson_IsAnUnreadableAnswer()
    {
        await using var server = new RegistryServer().File("newtonsoft.json/index.json", Fixtures.Path("go-x-net.list"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(NuGet: server.Base));

        var listing = await source.GetVersionsAsync(Ecosystem.NuGet, "Newtonsoft.Json");

        Assert.Empty(listing.Versions);
        Assert.StartsWith("the NuGet registry sent an unreadable answer: ", listing.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosedPort_CannotBeReached()
    {
        var server = new RegistryServer();
        var address = server.Base;
        await server.DisposeAsync();
        using var source = new RegistryVersionSource(new RegistryEndpoints(CratesIo: address));

        var listing = await source.GetVersionsAsync(Ecosystem.Cargo, "regex");

        Assert.Empty(listing.Versions);
        Assert.StartsWith("cannot reach the crates.io registry: ", listing.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Ecosystem.Maven, "just-an-artifact", "'just-an-artifact' is not a Maven groupId:artifactId")]
    [InlineData(Ecosystem.Packagist, "monolog", "'monolog' is not a Composer vendor/package name")]
    [InlineData(Ecosystem.Npm, "@scope", "'@scope' is not a valid scoped npm name")]
    [InlineData(Ecosystem.Go, "golang.org/../etc", "'..' is not a valid package name segment")]
    [InlineData(Ecosystem.NuGet, "..", "'..' is not a valid package name segment")]
    public async Task InvalidNames_AreNeverRequested(Ecosystem ecosystem, string package, string problem)
    {
        await using var server = new RegistryServer();
        var everywhere = new RegistryEndpoints(server.Base, server.Base, server.Base, server.Base, server.Base, server.Base, server.Base, server.Base);
        using var source = new RegistryVersionSource(everywhere);

        var listing = await source.GetVersionsAsync(ecosystem, package);

        Assert.Equal(problem, listing.Problem);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task MissingEndpoint_IsAProblem()
    {
        using var source = new RegistryVersionSource(new RegistryEndpoints());

        var listing = await source.GetVersionsAsync(Ecosystem.RubyGems, "rack");

        Assert.Empty(listing.Versions);
        Assert.Equal("RubyGems registry", listing.Source);
        Assert.Equal("no RubyGems registry address configured", listing.Problem);
    }

    [Fact]
    public async Task CallerCancellation_IsNotSwallowed()
    {
        await using var server = new RegistryServer().Hang("lodash");
        using var source = new RegistryVersionSource(new RegistryEndpoints(Npm: server.Base));
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.GetVersionsAsync(Ecosystem.Npm, "lodash", cancel.Token));
    }
}
