using System.Text.Json;

namespace Sightline.Reports.Vex;

/// <summary>
/// Writes a <see cref="VexDocument"/> as OpenVEX 0.2.0 JSON (https://github.com/openvex/spec): members in a fixed
/// order, statements sorted, so the same document always gives the same bytes.
/// </summary>
public static partial class OpenVexWriter
{
    private const string Context = "https://openvex.dev/ns/v0.2.0";

    /// <exception cref="ArgumentException">A statement lacks what OpenVEX requires: a justification or impact
    /// statement for not_affected, an action statement for affected.</exception>
    public static void Write(VexDocument document, Stream output)
    {
        var statements = VexStatements.Ordered(document);
        VexJson.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("@context", Context);
            json.WriteString("@id", document.Id);
            json.WriteString("author", document.Author);
            json.WriteString("timestamp", VexJson.Timestamp(document.Timestamp));
            json.WriteNumber("version", document.Version);
            json.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                WriteStatement(json, document.Product, statement);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    internal static string Status(VexStatus status) => status switch
    {
        VexStatus.NotAffected => "not_affected",
        VexStatus.Affected => "affected",
        VexStatus.Fixed => "fixed",
        VexStatus.UnderInvestigation => "under_investigation",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown VEX status"),
    };

    internal static string Justification(VexJustification justification) => justification switch
    {
        VexJustification.ComponentNotPresent => "component_not_present",
        VexJustification.VulnerableCodeNotPresent => "vulnerable_code_not_present",
        VexJustification.VulnerableCodeNotInExecutePath => "vulnerable_code_not_in_execute_path",
        VexJustification.VulnerableCodeCannotBeControlledByAdversary => "vulnerable_code_cannot_be_controlled_by_adversary",
        VexJustification.InlineMitigationsAlreadyExist => "inline_mitigations_already_exist",
        _ => throw new ArgumentOutOfRangeException(nameof(justification), justification, "unknown VEX justification"),
    };
}
