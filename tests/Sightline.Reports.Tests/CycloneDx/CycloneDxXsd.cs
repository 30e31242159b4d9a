using System.Xml;
using System.Xml.Schema;
using Sightline.Tests;

namespace Sightline.Reports.Tests.CycloneDx;

/// <summary>One schema finding, where the validator found it.</summary>
internal sealed record XsdError(int Line, int Position, string Message)
{
    public override string ToString() => $"{Line}:{Position}: {Message}";
}

/// <summary>
/// Sightline's own strict subset of the CycloneDX 1.6 XSD (testdata/cyclonedx/bom-1.6.subset.xsd), compiled once.
/// The official XSD is not shipped with the data, so this subset is what the XML writer is checked against: an
/// element out of sequence order, an unknown element or attribute, or a value outside an enumeration or pattern fails.
/// </summary>
internal static class CycloneDxXsd
{
    public const string Namespace = "http://cyclonedx.org/schema/bom/1.6";

    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>Every error and warning the validator reports; a document with no errors validates.</summary>
    public static IReadOnlyList<XsdError> Validate(byte[] xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var errors = new List<XsdError>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            // Warnings matter: an element the schema does not know at all (say, the wrong namespace) is only a warning.
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add(new XsdError(e.Exception.LineNumber, e.Exception.LinePosition, e.Message));

        using var stream = new MemoryStream(xml);
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            // Not well-formed at all: that is a finding too, not a crash of the test helper.
            errors.Add(new XsdError(e.LineNumber, e.LinePosition, e.Message));
        }

        return errors;
    }

    private static XmlSchemaSet Load()
    {
        var path = TestPaths.TestData("Sightline.Reports.Tests", "cyclonedx", "bom-1.6.subset.xsd");
        var set = new XmlSchemaSet { XmlResolver = null };
        set.ValidationEventHandler += (_, e) =>
            throw new InvalidOperationException($"{path}:{e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}", e.Exception);
        using (var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            set.Add(Namespace, reader);
        }

        set.Compile();
        return set;
    }
}
