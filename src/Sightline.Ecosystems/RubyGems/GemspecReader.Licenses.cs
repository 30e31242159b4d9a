namespace Sightline.Ecosystems.RubyGems;

internal static partial class GemspecReader
{
    /// <summary>
    /// `s.license = "MIT"` or `s.licenses = ["MIT", "Ruby"]` (a literal, an array of literals, or a local
    /// holding one). RubyGems documents several licences as the user's choice, so they are joined with
    /// " OR ". Anything computed (a number, a method call) states nothing we can read: null.
    /// </summary>
    private static string? License(ArgumentValue value, Dictionary<string, string> locals)
    {
        var names = (value.Strings() ?? (Literal(value, locals) is { } local ? [local] : []))
            .Select(n => n.Trim())
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count switch
        {
            0 => null,
            1 => names[0],
            _ => string.Join(" OR ", names.Select(n => n.Contains(' ', StringComparison.Ordinal) ? "(" + n + ")" : n)),
        };
    }
}
