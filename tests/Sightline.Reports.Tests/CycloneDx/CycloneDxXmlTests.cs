using System.Xml;
using System.Xml.Linq;
using Sightline.Reports.Sbom;
using Xunit;

namespace Sightline.Reports.Tests.CycloneDx;

public sealed class CycloneDxXmlTests
{
    private static readonly XNamespace Bom = "http://cyclonedx.org/schema/bom/1.6";

    private static XDocument Read(SbomDocument document)
    {
        using var stream = new MemoryStream(CycloneDxOutput.XmlBytes(document));
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Xml_HoldsTheSameComponentsPurlsHashesAndEdgesAsTheJson(bool service)
    {
        var document = service ? CycloneDxSamples.Service : CycloneDxSamples.Realistic;
        var json = CycloneDxOutput.Parse(document);
        var xml = Read(document).Root!;

        var jsonComponents = json.GetProperty("components").EnumerateArray().Select(c => string.Join(" ",
            c.GetProperty("bom-ref").GetString(), c.GetProperty("purl").GetString(),
            string.Join(",", c.TryGetProperty("hashes", out var hashes)
                ? hashes.EnumerateArray().Select(h => h.GetProperty("alg").GetString() + "=" + h.GetProperty("content").GetString())
                : []))).ToArray();
        var xmlComponents = xml.Element(Bom + "components")!.Elements(Bom + "component").Select(c => string.Join(" ",
            (string?)c.Attribute("bom-ref"), (string?)c.Element(Bom + "purl"),
            string.Join(",", c.Elements(Bom + "hashes").Elements(Bom + "hash").Select(h => (string?)h.Attribute("alg") + "=" + h.Value)))).ToArray();
        var jsonEdges = json.GetProperty("dependencies").EnumerateArray().SelectMany(d =>
            d.GetProperty("dependsOn").EnumerateArray().Select(t => d.GetProperty("ref").GetString() + " -> " + t.GetString())
                .DefaultIfEmpty(d.GetProperty("ref").GetString() + " ->")).ToArray();
        var xmlEdges = xml.Element(Bom + "dependencies")!.Elements(Bom + "dependency").SelectMany(d =>
            d.Elements(Bom + "dependency").Select(t => (string?)d.Attribute("ref") + " -> " + (string?)t.Attribute("ref"))
                .DefaultIfEmpty((string?)d.Attribute("ref") + " ->")).ToArray();

        Assert.Equal(jsonComponents, xmlComponents);
        Assert.Equal(jsonEdges, xmlEdges);
        Assert.NotEmpty(xmlEdges);
    }

    [Fact]
    public void Root_IsABomInTheCycloneDx16NamespaceWithSerialAndVersion()
    {
        var root = Read(CycloneDxSamples.Empty).Root!;

        Assert.Equal(Bom + "bom", root.Name);
        Assert.Equal("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79", (string?)root.Attribute("serialNumber"));
        Assert.Equal("1", (string?)root.Attribute("version"));
        Assert.Equal(["metadata", "components", "dependencies"], root.Elements().Select(e => e.Name.LocalName).ToArray());
        Assert.All(root.Descendants(), e => Assert.Equal(Bom, e.Name.Namespace));
    }

    [Fact]
    public void Licences_KeepTheirShapeInXml()
    {
        var components = Read(CycloneDxSamples.Realistic).Root!.Element(Bom + "components")!.Elements(Bom + "component")
            .ToDictionary(c => (string)c.Attribute("bom-ref")!);

        Assert.Equal("0BSD OR (MIT AND Apache-2.0)", components["pkg:npm/tslib@2.6.2"].Element(Bom + "licenses")!.Element(Bom + "expression")!.Value);
        Assert.Equal(["id:MIT", "name:Acme Internal Licence"], components["pkg:npm/fsevents@2.3.3"].Element(Bom + "licenses")!
            .Elements(Bom + "license").Select(l => l.Elements().Single().Name.LocalName + ":" + l.Elements().Single().Value).ToArray());
    }

    [Fact]
    public void MarkupAndControlCharacters_AreEscapedOrReplaced()
    {
        var component = CycloneDxSamples.Component("pkg:npm/x@1.0.0", "npm", "<x> & \"y\" 'z'\u0001", "runtime");
        var document = CycloneDxSamples.Empty with { Components = [component] };

        var read = Read(document).Root!.Element(Bom + "components")!.Element(Bom + "component")!;

        Assert.Equal("<x> & \"y\" 'z'\uFFFD", read.Element(Bom + "name")!.Value);
    }

    [Fact]
    public void ServiceParts_NestUnderTheSubjectInXml()
    {
        var subject = Read(CycloneDxSamples.Service).Root!.Element(Bom + "metadata")!.Element(Bom + "component")!;

        Assert.Equal("service:checkout", (string?)subject.Attribute("bom-ref"));
        Assert.Equal(["repo:acme/api", "repo:acme/web"],
            subject.Element(Bom + "components")!.Elements(Bom + "component").Select(c => (string)c.Attribute("bom-ref")!).ToArray());
    }
}
