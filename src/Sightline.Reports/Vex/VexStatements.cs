namespace Sightline.Reports.Vex;

/// <summary>
/// Puts a document's statements into the one order both writers use, and checks what both formats require, so a
/// statement the formats would call invalid is refused before a byte is written rather than published half-true.
/// </summary>
internal static class VexStatements
{
    public static IReadOnlyList<VexStatement> Ordered(VexDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var statement in document.Statements)
        {
            if (Problem(statement) is { } problem)
            {
                throw new ArgumentException(problem, nameof(document));
            }
        }

        // Vulnerability, then the packages it is about (the product is the document's), then status and time: every
        // field that can differ between two statements takes part, so input order never shows in the output.
        return [.. document.Statements
            .OrderBy(s => s.Vulnerability, StringComparer.Ordinal)
            .ThenBy(s => string.Join('\n', Subcomponents(s).Select(c => c.Purl)), StringComparer.Ordinal)
            .ThenBy(s => s.Status)
            .ThenBy(s => s.Timestamp)];
    }

    /// <summary>Unique by purl (OpenVEX asks for uniqueItems) and sorted; a blank purl names nothing and is dropped.</summary>
    public static IReadOnlyList<VexSubcomponent> Subcomponents(VexStatement statement) =>
        [.. statement.Subcomponents
            .Where(c => !string.IsNullOrWhiteSpace(c.Purl))
            .DistinctBy(c => c.Purl, StringComparer.Ordinal)
            .OrderBy(c => c.Purl, StringComparer.Ordinal)];

    /// <summary>The other ids, without the main one and without repeats (both formats want them unique).</summary>
    public static IReadOnlyList<string> Aliases(VexStatement statement) =>
        [.. statement.Aliases
            .Where(a => !string.IsNullOrWhiteSpace(a) && !a.Equals(statement.Vulnerability, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    private static string? Problem(VexStatement statement)
    {
        if (string.IsNullOrWhiteSpace(statement.Vulnerability))
        {
            return "a VEX statement has no vulnerability id";
        }

        if (statement.Status == VexStatus.NotAffected && statement.Justification is null && string.IsNullOrWhiteSpace(statement.ImpactStatement))
        {
            return $"the not_affected statement for {statement.Vulnerability} has neither a justification nor an impact statement";
        }

        return statement.Status == VexStatus.Affected && string.IsNullOrWhiteSpace(statement.ActionStatement)
            ? $"the affected statement for {statement.Vulnerability} has no action statement"
            : null;
    }
}
