using System.Security.Cryptography;
using System.Text;

namespace Sightline.Reports.Vex;

/// <summary>How the model's words become CycloneDX 1.6's (the tables are in docs/vex.md).</summary>
internal static class CycloneDxVexValues
{
    public static string State(VexStatus status) => status switch
    {
        VexStatus.NotAffected => "not_affected",
        VexStatus.Affected => "exploitable",
        VexStatus.Fixed => "resolved",
        VexStatus.UnderInvestigation => "in_triage",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown VEX status"),
    };

    /// <summary>
    /// CycloneDX has no one-to-one match for every OpenVEX justification; each goes to the nearest name and the
    /// writer also keeps the OpenVEX word as a property, so nothing is lost on the way back.
    /// </summary>
    public static string Justification(VexJustification justification) => justification switch
    {
        // "Exploitability requires a dependency that is not present": the vulnerable package is not in the product.
        VexJustification.ComponentNotPresent => "requires_dependency",
        VexJustification.VulnerableCodeNotPresent => "code_not_present",
        VexJustification.VulnerableCodeNotInExecutePath => "code_not_reachable",
        // The attacker cannot reach the input without an environment the product does not provide.
        VexJustification.VulnerableCodeCannotBeControlledByAdversary => "requires_environment",
        VexJustification.InlineMitigationsAlreadyExist => "protected_by_mitigating_control",
        _ => throw new ArgumentOutOfRangeException(nameof(justification), justification, "unknown VEX justification"),
    };

    /// <summary>Who publishes an id, from its prefix: GitHub for GHSA, NVD for CVE, OSV (which mirrors the rest) otherwise.</summary>
    public static (string Name, string Url) Source(string id)
    {
        var escaped = Uri.EscapeDataString(id);
        if (id.StartsWith("GHSA-", StringComparison.OrdinalIgnoreCase))
        {
            return ("GitHub Advisories", $"https://github.com/advisories/{escaped}");
        }

        return id.StartsWith("CVE-", StringComparison.OrdinalIgnoreCase)
            ? ("NVD", $"https://nvd.nist.gov/vuln/detail/{escaped}")
            : ("OSV", $"https://osv.dev/vulnerability/{escaped}");
    }

    /// <summary>
    /// The same document id always gets the same serial, so rewriting a VEX gives identical bytes. Name-based in
    /// the version 5 layout, from SHA-256 as the SBOM serials are (no SHA-1 in the code base).
    /// </summary>
    public static string SerialNumber(string documentId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("sightline-vex\n" + documentId));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return $"urn:uuid:{new Guid(hash.AsSpan(0, 16), bigEndian: true)}";
    }
}
