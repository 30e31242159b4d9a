namespace Sightline.Ecosystems.Maven.Model;

/// <summary>
/// One licence string for a POM's &lt;licenses&gt;. Maven lists licences without saying how they combine, so
/// " OR " would claim a choice the author never offered. One name is kept as written; several are joined
/// with " AND " only when every one is an SPDX-shaped identifier (the conservative reading: all apply);
/// otherwise the first is kept, since free-text names cannot be combined into an expression.
/// </summary>
internal static class MavenLicense
{
    public static string? Combine(IReadOnlyList<string> names, Interpolator interpolator)
    {
        var resolved = names
            .Select(n => interpolator.Interpolate(n).Trim())
            .Where(n => n.Length > 0 && !Interpolator.HasExpression(n))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return resolved.Count switch
        {
            0 => null,
            1 => resolved[0],
            _ when resolved.All(IsSpdxShapedId) => string.Join(" AND ", resolved),
            _ => resolved[0],
        };
    }

    /// <summary>An SPDX licence id's shape: letters, digits, '.', '-' and a trailing '+', no spaces.</summary>
    private static bool IsSpdxShapedId(string name) =>
        name.TrimEnd('+').Length > 0 && name.TrimEnd('+').All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-') && name.Any(char.IsAsciiLetter);
}
