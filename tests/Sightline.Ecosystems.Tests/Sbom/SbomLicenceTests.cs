using Sightline.Core.Model;
using Xunit;
using static Sightline.Ecosystems.Tests.Sbom.SbomTestSupport;

namespace Sightline.Ecosystems.Tests.Sbom;

/// <summary>Licences an input SBOM declares reach the graph's nodes, and the subject's reaches the root.</summary>
public class SbomLicenceTests
{
    [Theory]
    [InlineData("huginn.cyclonedx-npm.cdx.json", "(", ")")]
    [InlineData("huginn.cdxgen.cdx.json", "", "")]
    public void PeerSboms_EveryDeclaredLicence_ReachesItsNode_AsTheToolSpellsIt(string file, string open, string close)
    {
        var graph = Assert.Single(Fixture(file).Graphs);

        // Counted from the file with python (testdata/sbom/README.md): 96 components, each with one declared licence;
        // cyclonedx-npm keeps the lockfile's parentheses around an expression, cdxgen drops them.
        var counts = graph.Nodes.Where(n => n.Id != 0).GroupBy(n => n.License ?? "(none)").ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int>
        {
            ["MIT"] = 81, ["ISC"] = 6, ["Apache-2.0"] = 3, [open + "CC-BY-4.0 AND MIT" + close] = 2, ["BSD-3-Clause"] = 2,
            [open + "CC-BY-4.0 AND OFL-1.1 AND MIT" + close] = 1, ["BSD-2-Clause"] = 1,
        }, counts);
        Assert.Equal(open + "CC-BY-4.0 AND OFL-1.1 AND MIT" + close, Node(graph, "@fortawesome/fontawesome-free").License);
    }

    [Fact]
    public void CycloneDx_ExpressionsIdsNamesAndTheSubject_AreRead_ConcludedOnesAreNot()
    {
        var graph = Assert.Single(Inline("vendor.cdx.json", """
            {"bomFormat": "CycloneDX", "specVersion": "1.6",
             "metadata": {"component": {"type": "application", "name": "vendor-app", "version": "3.1",
                           "licenses": [{"license": {"name": "Vendor EULA"}}]}},
             "components": [
               {"type": "library", "bom-ref": "a", "name": "a", "version": "1.0.0", "purl": "pkg:npm/a@1.0.0",
                "licenses": [{"expression": "MIT OR Apache-2.0"}]},
               {"type": "library", "bom-ref": "b", "name": "b", "version": "1.0.0", "purl": "pkg:npm/b@1.0.0",
                "licenses": [{"license": {"id": "MIT"}}, {"license": {"name": "Acme Internal Licence"}}]},
               {"type": "library", "bom-ref": "c", "name": "c", "version": "1.0.0", "purl": "pkg:npm/c@1.0.0",
                "licenses": [{"license": {"id": "GPL-2.0-only", "acknowledgement": "concluded"}}, {"license": {"id": "BSD-3-Clause", "acknowledgement": "declared"}}]},
               {"type": "library", "bom-ref": "d", "name": "d", "version": "1.0.0", "purl": "pkg:npm/d@1.0.0",
                "licenses": [{"license": 42}, {"expression": 7}, "MIT"]}
             ]}
            """).Graphs);

        Assert.Equal("Vendor EULA", graph.Root.License);
        Assert.Equal("MIT OR Apache-2.0", Node(graph, "a").License);
        Assert.Equal("MIT AND (Acme Internal Licence)", Node(graph, "b").License);
        Assert.Equal("BSD-3-Clause", Node(graph, "c").License);
        Assert.Null(Node(graph, "d").License);
    }

    [Fact]
    public void Spdx_DeclaredLicences_WithLicenseRefsNamed_NoAssertionIsNone()
    {
        var result = Inline("vendor.spdx.json", """
            {"spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT", "name": "vendor", "documentDescribes": ["SPDXRef-app"],
             "hasExtractedLicensingInfos": [{"licenseId": "LicenseRef-Vendor-EULA", "name": "Vendor EULA", "extractedText": "Vendor EULA\nAll rights reserved."}],
             "packages": [
               {"SPDXID": "SPDXRef-app", "name": "vendor-app", "versionInfo": "3.1", "licenseDeclared": "LicenseRef-Vendor-EULA"},
               {"SPDXID": "SPDXRef-a", "name": "a", "versionInfo": "1.0.0", "licenseDeclared": "MIT AND LicenseRef-Vendor-EULA",
                "externalRefs": [{"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": "pkg:pypi/a@1.0.0"}]},
               {"SPDXID": "SPDXRef-b", "name": "b", "versionInfo": "2.0.0", "licenseDeclared": "NOASSERTION", "licenseConcluded": "MIT",
                "externalRefs": [{"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": "pkg:pypi/b@2.0.0"}]}
             ],
             "relationships": [{"spdxElementId": "SPDXRef-app", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "SPDXRef-a"}]}
            """);

        var graph = Graph(result, Ecosystem.PyPI);
        Assert.Equal("Vendor EULA", graph.Root.License);
        Assert.Equal("MIT AND LicenseRef-Vendor-EULA", Node(graph, "a").License);
        Assert.Null(Node(graph, "b").License);
    }
}
