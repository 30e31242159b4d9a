using System.Text;
using System.Xml.Linq;
using Sightline.Reports.Sbom;
using Xunit;

namespace Sightline.Reports.Tests.CycloneDx;

public sealed class CycloneDxXsdTests
{
    private static readonly XNamespace Bom = CycloneDxXsd.Namespace;

    public static TheoryData<string> SampleNames => ["Empty", "Small", "Realistic", "Service"];

    private static SbomDocument Sample(string name) => name switch
    {
        "Empty" => CycloneDxSamples.Empty,
        "Small" => CycloneDxSamples.Small,
        "Realistic" => CycloneDxSamples.Realistic,
        "Service" => CycloneDxSamples.Service,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such sample"),
    };

    /// <summary>The writer's output for the realistic sample, edited by <paramref name="edit"/> and written back.</summary>
    private static byte[] Edited(Action<XElement> edit)
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(CycloneDxOutput.XmlBytes(CycloneDxSamples.Realistic)));
        edit(document.Root!);
        return Encoding.UTF8.GetBytes(document.ToString());
    }

    private static XElement ComponentByRef(XElement root, string bomRef) =>
        root.Element(Bom + "components")!.Elements(Bom + "component").Single(c => (string?)c.Attribute("bom-ref") == bomRef);

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void EverySample_ValidatesAgainstTheSubsetXsd(string sample)
    {
        var errors = CycloneDxXsd.Validate(CycloneDxOutput.XmlBytes(Sample(sample)));

        Assert.Empty(errors);
    }

    [Fact]
    public void RealisticSample_ExercisesEveryShapeTheSubsetCovers()
    {
        // Guards the positive test above: it would prove little if the samples never wrote these elements.
        var xml = Encoding.UTF8.GetString(CycloneDxOutput.XmlBytes(CycloneDxSamples.Realistic));

        Assert.All(["<supplier>", "<group>", "<scope>", "<hash alg=", "<license>", "<id>", "<name>Acme Internal Licence</name>",
            "<expression>", "<purl>", "<reference type=\"vcs\">", "<property name=", "<tools>", "<dependency ref="],
            shape => Assert.Contains(shape, xml, StringComparison.Ordinal));
    }

    [Fact]
    public void PurlBeforeVersion_FailsOnTheOutOfOrderElement()
    {
        var xml = Edited(root =>
        {
            var lodash = ComponentByRef(root, "pkg:npm/lodash@4.17.21");
            var purl = lodash.Element(Bom + "purl")!;
            purl.Remove();
            lodash.Element(Bom + "version")!.AddBeforeSelf(purl);
        });

        var error = Assert.Single(CycloneDxXsd.Validate(xml));
        Assert.Contains("invalid child element 'version'", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 1, error.ToString());
    }

    [Fact]
    public void UnknownScope_FailsTheScopeEnumeration()
    {
        var xml = Edited(root => ComponentByRef(root, "pkg:npm/lodash@4.17.21").Element(Bom + "scope")!.Value = "runtime");

        var error = Assert.Single(CycloneDxXsd.Validate(xml));
        Assert.Contains(":scope' element is invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains("Enumeration constraint failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpperCaseSerialNumber_FailsTheUrnUuidPattern()
    {
        var xml = Edited(root => root.SetAttributeValue("serialNumber", "urn:uuid:3E671687-395B-41F5-A30F-A58921A69B79"));

        var error = Assert.Single(CycloneDxXsd.Validate(xml));
        Assert.Contains("'serialNumber' attribute is invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains("Pattern constraint failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownElement_FailsEvenWhereTheOfficialSchemaWouldHaveIt()
    {
        // <description> is official CycloneDX, but the writer never emits it: the subset is strict on purpose.
        var xml = Edited(root => ComponentByRef(root, "pkg:npm/lodash@4.17.21").Element(Bom + "name")!
            .AddAfterSelf(new XElement(Bom + "description", "a utility library")));

        var error = Assert.Single(CycloneDxXsd.Validate(xml));
        Assert.Contains("invalid child element 'description'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HashOfNoKnownLength_FailsTheHashPattern()
    {
        var xml = Edited(root => ComponentByRef(root, "pkg:npm/lodash@4.17.21").Descendants(Bom + "hash").Single().Value = "679591c5");

        var error = Assert.Single(CycloneDxXsd.Validate(xml));
        Assert.Contains(":hash' element is invalid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateBomRef_FailsTheUniqueConstraint()
    {
        var xml = Edited(root => ComponentByRef(root, "pkg:npm/tslib@2.6.2").SetAttributeValue("bom-ref", "pkg:npm/lodash@4.17.21"));

        var error = Assert.Single(CycloneDxXsd.Validate(xml));
        Assert.Contains("unique-bom-ref", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LicenceAndExpressionTogether_FailTheLicenceChoice()
    {
        var xml = Edited(root => ComponentByRef(root, "pkg:npm/fsevents@2.3.3").Element(Bom + "licenses")!
            .Add(new XElement(Bom + "expression", "MIT OR Apache-2.0")));

        var error = Assert.Single(CycloneDxXsd.Validate(xml));
        Assert.Contains("invalid child element 'expression'", error.Message, StringComparison.Ordinal);
    }
}
