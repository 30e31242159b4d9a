using System.Text;

namespace Sightline.Reports.Sbom.Spdx;

/// <summary>
/// Declared licences as one SPDX expression. Texts that parse as SPDX expressions are kept as they are; any
/// other text (npm's "UNLICENSED", "SEE LICENSE IN LICENSE.md", a Maven licence name) becomes a
/// LicenseRef-… with the text kept in hasExtractedLicensingInfos, so nothing the lockfile said is lost and the
/// expression stays parseable. The check is syntax only: Sightline ships no copy of the SPDX licence list.
/// </summary>
internal sealed partial class SpdxLicenses
{
    // Words that look like licence ids but that package managers use to say "no licence given" or "proprietary".
    private static readonly HashSet<string> NotLicenses = new(StringComparer.OrdinalIgnoreCase) { "UNLICENSED", "UNKNOWN", "PROPRIETARY" };

    private readonly Dictionary<string, SpdxExtractedLicense> extracted = new(StringComparer.Ordinal);

    /// <summary>Collects every non-SPDX text up front, in ordinal order, so LicenseRef ids do not depend on package order.</summary>
    public static SpdxLicenses For(IEnumerable<string> texts)
    {
        var licenses = new SpdxLicenses();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts.Select(t => t.Trim()).Where(t => t.Length > 0 && !IsExpression(t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var id = RefId(text);
            var candidate = id;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            // The name is a single line in tag:value; a licence text pasted into a manifest may span several.
            licenses.extracted[text] = new SpdxExtractedLicense(candidate, text.Split('\n')[0].TrimEnd('\r'), text);
        }

        return licenses;
    }

    public IReadOnlyList<SpdxExtractedLicense> Extracted =>
        [.. extracted.Values.OrderBy(l => l.Id, StringComparer.Ordinal)];

    /// <summary>The licences joined with AND (compound ones parenthesised), or NOASSERTION when there are none.</summary>
    public string Declared(IReadOnlyList<string> texts)
    {
        var parts = texts.Select(t => t.Trim())
            .Where(t => t.Length > 0 && !IsKeyword(t))
            .Distinct(StringComparer.Ordinal)
            .Select(t => extracted.TryGetValue(t, out var license) ? license.Id : t)
            .ToList();
        if (parts.Count == 0)
        {
            // "NONE" alone is a real statement (no licence); anything else unknown is NOASSERTION.
            return texts.Any(t => t.Trim() == "NONE") ? "NONE" : SpdxDocumentModel.NoAssertion;
        }

        return parts.Count == 1 ? parts[0] : string.Join(" AND ", parts.Select(p => p.Contains(' ', StringComparison.Ordinal) ? "(" + p + ")" : p));
    }

    private static bool IsKeyword(string text) => text is "NONE" or SpdxDocumentModel.NoAssertion;

    private static string RefId(string text)
    {
        var builder = new StringBuilder("LicenseRef-");
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' ? c : '-');
        }

        return builder.ToString();
    }
}
