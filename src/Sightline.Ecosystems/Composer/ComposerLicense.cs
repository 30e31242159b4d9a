using System.Text.Json;

namespace Sightline.Ecosystems.Composer;

/// <summary>
/// composer.json's "license": one identifier or expression, or an array Composer documents as a choice
/// (a disjunction), joined with " OR ". Any other type states nothing: null, never an error.
/// </summary>
internal static class ComposerLicense
{
    public static string? Read(JsonElement manifest)
    {
        if (!manifest.TryGetProperty("license", out var license))
        {
            return null;
        }

        var ids = license.ValueKind switch
        {
            JsonValueKind.String => [license.GetString()!],
            JsonValueKind.Array => license.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()!).ToList(),
            _ => [],
        };
        ids = ids.Select(id => id.Trim()).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count switch
        {
            0 => null,
            1 => ids[0],
            _ => string.Join(" OR ", ids.Select(Operand)),
        };
    }

    /// <summary>Only a compound with AND or OR changes meaning inside an OR list; WITH binds tighter.</summary>
    private static string Operand(string id) =>
        (id.Contains(" AND ", StringComparison.OrdinalIgnoreCase) || id.Contains(" OR ", StringComparison.OrdinalIgnoreCase)) && !id.StartsWith('(')
            ? "(" + id + ")"
            : id;
}
