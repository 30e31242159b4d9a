using System.Text.Json;

namespace Sightline.Ecosystems.Npm.PackageJson;

/// <summary>
/// The licence a package.json (or a lockfile's copy of one) states: "license" as a string, the legacy
/// object form { "type": "MIT" }, or the legacy "licenses" array of such objects (several are the user's
/// choice, so joined with " OR "). Any other shape states nothing we can trust: null, never an error.
/// </summary>
internal static class NpmLicense
{
    public static string? Read(JsonElement manifest)
    {
        if (manifest.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (manifest.TryGetProperty("license", out var license))
        {
            return TypeOf(license);
        }

        if (!manifest.TryGetProperty("licenses", out var licenses) || licenses.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var item in licenses.EnumerateArray())
        {
            if (TypeOf(item) is not { } name)
            {
                return null; // one unreadable entry: the list as a whole is not what the author meant
            }

            names.Add(names.Count == 0 && licenses.GetArrayLength() == 1 ? name : Parenthesise(name));
        }

        return names.Count == 0 ? null : string.Join(" OR ", names);
    }

    private static string? TypeOf(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String => type.GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A compound expression inside an OR list keeps its own meaning only in parentheses.</summary>
    internal static string Parenthesise(string expression) =>
        expression.Contains(' ', StringComparison.Ordinal) && !(expression.StartsWith('(') && expression.EndsWith(')'))
            ? "(" + expression + ")"
            : expression;
}
