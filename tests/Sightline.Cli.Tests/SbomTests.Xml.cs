using System.Text;
using System.Xml.Linq;
using Sightline.Reports.Tests.CycloneDx;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>`sightline sbom --format cyclonedx-xml` on the sample fleet, checked against Sightline's subset of the CycloneDX 1.6 XSD.</summary>
public partial class SbomTests
{
    private static readonly XNamespace CycloneDx = CycloneDxXsd.Namespace;

    [Theory]
    [MemberData(nameof(Repositories))]
    public async Task EveryRepository_GivesCycloneDxXml_ThatValidatesAgainstTheXsd(string repository)
    {
        var xml = await SbomAsync(repository, "--format", "cyclonedx-xml");

        Assert.Empty(CycloneDxXsd.Validate(Encoding.UTF8.GetBytes(xml)));
        var subject = XDocument.Parse(xml).Root!.Element(CycloneDx + "metadata")!.Element(CycloneDx + "component")!;
        Assert.Equal(repository, subject.Element(CycloneDx + "name")!.Value);
    }

    [Fact]
    public async Task Service_GivesCycloneDxXml_WithNestedParts_ThatValidatesAgainstTheXsd()
    {
        var xml = await SbomAsync("billing-app", "--format", "cyclonedx-xml");

        Assert.Empty(CycloneDxXsd.Validate(Encoding.UTF8.GetBytes(xml)));
        var root = XDocument.Parse(xml).Root!;
        var subject = root.Element(CycloneDx + "metadata")!.Element(CycloneDx + "component")!;
        Assert.Equal("billing-app", subject.Element(CycloneDx + "name")!.Value);
        // billing-service's code, and the repositories of the internal libraries it includes (acme-http, acme-commons).
        Assert.Equal(["repository:acme-commons-java", "repository:acme-http-java", "repository:billing-service"],
            subject.Element(CycloneDx + "components")!.Elements(CycloneDx + "component").Select(c => (string)c.Attribute("bom-ref")!));
        Assert.NotEmpty(root.Element(CycloneDx + "components")!.Elements(CycloneDx + "component"));
    }
}
