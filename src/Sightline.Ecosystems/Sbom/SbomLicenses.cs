using System.Text.Json;

namespace Sightline.Ecosystems.Sbom;

/// <summary>
/// The licence an input SBOM declares for a component, as one text: a CycloneDX licence choice (an expression, or
/// ids and names — several joined with AND, as SPDX converters read a CycloneDX list) or an SPDX licenseDeclared,
/// with a lone LicenseRef replaced by the name the document gives it. What the document does not declare stays null.
/// </summary>
internal static class SbomLicenses
{
    private const int MaxLength = 4096;

    public static string? FromCycloneDx(JsonElement component)
    {
        var texts = new List<string>();
        foreach (var entry in SbomJson.Array(component, "licenses"))
        {
            // 1.6 tells declared from concluded licences; Sightline carries what the package declares.
            if (SbomJson.String(entry, "acknowledgement") == "concluded")
            {
                continue;
            }

            if (SbomJson.String(entry, "expression") is { } expression)
            {
                texts.Add(expression);
            }
            else if (SbomJson.Object(entry, "license") is { ValueKind: JsonValueKind.Object } license
                && SbomJson.String(license, "acknowledgement") != "concluded"
                && (SbomJson.String(license, "id") ?? SbomJson.String(license, "name")) is { } named)
            {
                texts.Add(named);
            }
        }

        var kept = texts.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return kept.Count switch
        {
            0 => null,
            1 => Bounded(kept[0]),
            _ => Bounded(string.Join(" AND ", kept.Select(t => t.Contains(' ', StringComparison.Ordinal) ? "(" + t + ")" : t))),
        };
    }

    public static string? FromSpdx(JsonElement package, IReadOnlyDictionary<string, string> extractedNames)
    {
        var declared = SbomJson.String(package, "licenseDeclared")?.Trim();
        if (string.IsNullOrEmpty(declared) || declared is "NOASSERTION" or "NONE")
        {
            return null;
        }

        return Bounded(extractedNames.TryGetValue(declared, out var name) ? name : declared);
    }

    /// <summary>licenseId → name (else the first line of the text) from hasExtractedLicensingInfos.</summary>
    public static Dictionary<string, string> ExtractedNames(JsonElement root)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var info in SbomJson.Array(root, "hasExtractedLicensingInfos"))
        {
            var id = SbomJson.String(info, "licenseId");
            var name = SbomJson.String(info, "name") ?? SbomJson.String(info, "extractedText")?.Split('\n')[0].TrimEnd('\r');
            if (id is { Length: > 0 } && name is { Length: > 0 } && name.Trim() is { Length: > 0 } trimmed && trimmed != "NOASSERTION")
            {
                names.TryAdd(id, trimmed);
            }
        }

        return names;
    }

    // A licence field holding a pasted licence text is not worth megabytes in every store row.
    private static string Bounded(string text) => text.Length <= MaxLength ? text : text[..MaxLength];
}
