using Xunit;

namespace Sightline.Ecosystems.Tests.Npm;

/// <summary>package-lock v2/v3 states each package's licence: it is kept for SBOMs.</summary>
public class NpmLicenseTests
{
    [Fact]
    public void PackageLock_KeepsEachPackagesStatedLicense()
    {
        var graph = NpmTestSupport.Single(NpmTestSupport.ExtractFolder(Path.Combine(NpmTestSupport.RealData, "OWASP__NodeGoat")));

        // Independently (python3, json): "packages" entries whose "license" is "MIT": 309 (one node per install location).
        Assert.Equal(309, graph.Nodes.Count(n => n.Id != 0 && n.License == "MIT"));
        Assert.Null(NpmTestSupport.Node(graph, "express", "4.16.4").License);
    }
}
