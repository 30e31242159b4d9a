using Sightline.Core.Model;
using Sightline.Remediation.Registries;
using Sightline.Remediation.Targets;
using Sightline.Remediation.Tests.Targets;
using Xunit;

namespace Sightline.Remediation.Tests.Registries;

public class RegistryToTargetTests
{
    [Fact]
    public async Task MavenMetadata_FeedsTheLog4jTarget()
    {
        await using var server = new RegistryServer()
            .File("org/apache/logging/log4j/log4j-core/maven-metadata.xml", Fixtures.Path("maven-log4j-core-metadata.xml"), "text/xml");
        using var source = new RegistryVersionSource(new RegistryEndpoints(Maven: server.Base));
        var listing = await source.GetVersionsAsync(Ecosystem.Maven, "org.apache.logging.log4j:log4j-core");

        var target = FixTargets.Compute(Ecosystem.Maven, "org.apache.logging.log4j:log4j-core", "2.14.1",
            OsvFiles.Load("GHSA-jfh8-c2jp-5v3q", "GHSA-7rjr-3q55-vv33"), listing.Versions);

        Assert.Equal(("2.16.0", true), (target.TargetVersion, target.SameMajor));
    }

    [Fact]
    public async Task GoProxyList_FeedsAPseudoVersionProject()
    {
        await using var server = new RegistryServer().File("golang.org/x/net/@v/list", Fixtures.Path("go-x-net.list"), "text/plain");
        using var source = new RegistryVersionSource(new RegistryEndpoints(GoProxy: server.Base));
        var listing = await source.GetVersionsAsync(Ecosystem.Go, "golang.org/x/net");

        var target = FixTargets.Compute(Ecosystem.Go, "golang.org/x/net", "v0.0.0-20210226172049-e18ecbb05110",
            OsvFiles.Load("GO-2022-1144", "GO-2023-1571"), listing.Versions);

        Assert.Equal("v0.7.0", target.TargetVersion);
    }
}
