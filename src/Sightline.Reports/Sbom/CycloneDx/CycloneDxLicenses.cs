namespace Sightline.Reports.Sbom.CycloneDx;

/// <summary>
/// Turns the licence strings manifests declare into a CycloneDX licence choice. The schema allows either a list of
/// licences (each an SPDX id or a name) or exactly one expression, never a mix, and rejects ids outside the SPDX list.
/// </summary>
internal static class CycloneDxLicenses
{
    private static readonly string[] Operators = ["AND", "OR", "WITH"];

    public static IReadOnlyList<CdxLicense> From(IReadOnlyList<string> licenses)
    {
        var texts = licenses
            .Select(text => text.Trim())
            .Where(text => text.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var classified = texts.ConvertAll(Classify);

        // A lone expression is the only place CycloneDX takes one; beside other licences it would make the choice
        // invalid, and joining them with AND would claim a relation the manifest never stated, so it becomes a name.
        if (classified.Count == 1)
        {
            return classified;
        }

        return classified.ConvertAll(license =>
            license.Kind == CdxLicenseKind.Expression ? license with { Kind = CdxLicenseKind.Name } : license);
    }

    private static CdxLicense Classify(string text)
    {
        if (SpdxLicenseIds.Find(text) is { } id)
        {
            return new CdxLicense(CdxLicenseKind.Id, id);
        }

        return IsExpression(text) ? new CdxLicense(CdxLicenseKind.Expression, text) : new CdxLicense(CdxLicenseKind.Name, text);
    }

    /// <summary>
    /// "MIT OR Apache-2.0", "(MIT AND BSD-3-Clause)", "GPL-2.0-only WITH Classpath-exception-2.0", or a single
    /// "LicenseRef-..." (a valid expression, never a valid id). Operators are matched upper-case as SPDX writes them;
    /// every other token must be made of the characters SPDX ids use, so prose such as "see LICENSE file" stays a name.
    /// </summary>
    private static bool IsExpression(string text)
    {
        var tokens = text.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0 || !tokens.All(token => Operators.Contains(token, StringComparer.Ordinal) || IsIdString(token)))
        {
            return false;
        }

        var hasOperator = tokens.Any(token => Operators.Contains(token, StringComparer.Ordinal));
        var isLicenseRef = tokens.Length == 1 && tokens[0].StartsWith("LicenseRef-", StringComparison.Ordinal);
        return hasOperator || isLicenseRef;
    }

    private static bool IsIdString(string token) =>
        token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '+' or ':');
}
