using Sightline.Core.Model;
using Sightline.Remediation.Registries;
using Xunit;

namespace Sightline.Remediation.Tests.Registries;

public class RegistryFormatTests
{
    [Fact]
    public async Task Npm_VersionKeys_AreTheListing()
    {
        await using var server = new RegistryServer().File("lodash", Fixtures.Path("npm-lodash.json"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(Npm: server.Base));

        var listing = await source.GetVersionsAsync(Ecosystem.Npm, "lodash");

        Assert.Equal(["4.17.15", "4.17.16", "4.17.19", "4.17.20", "4.17.21"], listing.Versions);
        Assert.Equal("npm registry", listing.Source);
        Assert.Null(listing.Problem);
        Assert.Contains("Accept: application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8", server.Headers);
    }

    [Fact]
    public async Task Npm_ScopedName_IsRequestedWithAnEncodedSlash()
    {
        await using var server = new RegistryServer().File("@babel%2fcore", Fixtures.Path("npm-babel-core.json"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(Npm: server.Base));

        var listing = await source.GetVersionsAsync(Ecosystem.Npm, "@babel/core");

        Assert.Equal(["/registry/@babel%2fcore"], server.Requests);
        Assert.Equal(["7.23.9", "7.24.0", "7.24.4", "8.0.0-alpha.7"], listing.Versions);
    }

    [Fact]
    public async Task NuGet_FlatContainer_IsAskedWithTheLowerCaseId()
    {
        await using var server = new RegistryServer().File("newtonsoft.json/index.json", Fixtures.Path("nuget-newtonsoft.json-index.json"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(NuGet: server.Base));

        var listing = await source.GetVersionsAsync(Ecosystem.NuGet, "Newtonsoft.Json");

        Assert.Equal(["12.0.1", "12.0.2", "12.0.3", "13.0.1-beta1", "13.0.1", "13.0.2", "13.0.3"], listing.Versions);
        Assert.Equal("NuGet registry", listing.Source);
    }

    [Fact]
    public async Task Maven_Metadata_VersionsAreRead_EvenWithoutWhitespaceBetween()
    {
        await using var server = new RegistryServer()
            .File("org/apache/logging/log4j/log4j-core/maven-metadata.xml", Fixtures.Path("maven-log4j-core-metadata.xml"), "text/xml");
        using var source = new RegistryVersionSource(new RegistryEndpoints(Maven: server.Base));

        var listing = await source.GetVersionsAsync(Ecosystem.Maven, "org.apache.logging.log4j:log4j-core");

        Assert.Equal(
            ["2.0-beta9", "2.0", "2.3", "2.3.1", "2.12.1", "2.12.2", "2.12.3", "2.12.4", "2.13.3", "2.14.0", "2.14.1",
             "2.15.0", "2.16.0", "2.17.0", "2.17.1", "2.17.2", "2.23.1", "3.0.0-beta2"],
            listing.Versions);
        Assert.Equal("Maven repository", listing.Source);
    }

    [Fact]
    public async Task Maven_MetadataWithADtd_IsRefused()
    {
        using var folder = new TempFolder();
        var evil = Path.Combine(folder.FullName, "evil.xml");
        await File.WriteAllTextAsync(evil, "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x \"1.0\">]><metadata><versioning><versions><version>&x;</version></versions></versioning></metadata>");
        await using var server = new RegistryServer().File("g/a/maven-metadata.xml", evil, "text/xml");
        using var source = new RegistryVersionSource(new RegistryEndpoints(Maven: server.Base));

        var listing = await source.GetVersionsAsync(Ecosystem.Maven, "g:a");

        Assert.Empty(listing.Versions);
        Assert.StartsWith("the Maven repository sent an unreadable answer: ", listing.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoProxy_ModulePath_IsCaseEncoded()
    {
        await using var server = new RegistryServer()
            .File("golang.org/x/net/@v/list", Fixtures.Path("go-x-net.list"), "text/plain")
            .File("github.com/!burnt!sushi/toml/@v/list", Fixtures.Path("go-burntsushi-toml.list"), "text/plain");
        using var source = new RegistryVersionSource(new RegistryEndpoints(GoProxy: server.Base));

        var net = await source.GetVersionsAsync(Ecosystem.Go, "golang.org/x/net");
        var toml = await source.GetVersionsAsync(Ecosystem.Go, "github.com/BurntSushi/toml");

        Assert.Equal(["v0.1.0", "v0.2.0", "v0.4.0", "v0.7.0", "v0.13.0", "v0.17.0", "v0.18.0"], net.Versions);
        Assert.Equal(["v0.4.1", "v1.2.1", "v1.3.0", "v1.3.2"], toml.Versions);
        Assert.Equal("Go module proxy", toml.Source);
    }

    [Fact]
    public async Task PyPI_Releases_WithoutInstallableFiles_AreLeftOut()
    {
        await using var server = new RegistryServer().File("pypi/pyyaml/json", Fixtures.Path("pypi-pyyaml.json"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(PyPI: server.Base));

        var listing = await source.GetVersionsAsync(Ecosystem.PyPI, "PyYAML");

        Assert.Equal(["5.3.1", "5.4", "5.4.1", "6.0", "6.0.1"], listing.Versions);
    }

    [Fact]
    public async Task Crates_YankedVersions_AreLeftOut()
    {
        await using var server = new RegistryServer().File("api/v1/crates/regex", Fixtures.Path("crates-regex.json"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(CratesIo: server.Base));

        var listing = await source.GetVersionsAsync(Ecosystem.Cargo, "regex");

        Assert.Equal(["1.10.4", "1.5.6", "1.5.5", "1.5.4"], listing.Versions);
        Assert.Contains(server.Headers, h => h.StartsWith("User-Agent: Sightline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RubyGems_PlatformVariants_AreOneVersion()
    {
        await using var server = new RegistryServer().File("api/v1/versions/nokogiri.json", Fixtures.Path("rubygems-nokogiri.json"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(RubyGems: server.Base));

        var listing = await source.GetVersionsAsync(Ecosystem.RubyGems, "nokogiri");

        Assert.Equal(["1.16.3", "1.16.2", "1.16.0.rc1"], listing.Versions);
    }

    [Fact]
    public async Task Packagist_MinifiedP2_EveryEntryKeepsItsVersion()
    {
        await using var server = new RegistryServer().File("p2/guzzlehttp/guzzle.json", Fixtures.Path("packagist-guzzle.json"));
        using var source = new RegistryVersionSource(new RegistryEndpoints(Packagist: server.Base));

        var listing = await source.GetVersionsAsync(Ecosystem.Packagist, "GuzzleHttp/Guzzle");

        Assert.Equal(["7.5.0", "7.4.5", "7.4.4", "6.5.8", "6.5.7"], listing.Versions);
    }
}
