using System.Text.Json;
using System.Text.Json.Nodes;
using Sightline.Core.Advisories;

namespace Sightline.Advisories.Symbols;

public sealed partial class SymbolOverlay
{
    /// <summary>
    /// Writes <paramref name="imports"/> as the entry's ecosystem_specific.imports, keeping every other field
    /// (GHSA's affected_functions, Go's custom_ranges). An entry whose record already names symbols, or whose
    /// ecosystem_specific is malformed, is left exactly as it is: the record's own data wins.
    /// </summary>
    private static AffectedPackage Merge(AffectedPackage entry, IReadOnlyList<OverlayImport> imports)
    {
        var own = VulnerableSymbols.From(entry);
        if (own.HasSymbols || own.Problems.Count > 0)
        {
            return entry;
        }

        JsonObject root;
        try
        {
            root = entry.EcosystemSpecificJson is { } json ? JsonNode.Parse(json) as JsonObject ?? [] : [];
        }
        catch (JsonException)
        {
            return entry;
        }

        var array = new JsonArray();
        foreach (var import in imports.DistinctBy(i => i.Json, StringComparer.Ordinal))
        {
            array.Add(JsonNode.Parse(import.Json));
        }

        root["imports"] = array;
        return entry with { EcosystemSpecificJson = root.ToJsonString() };
    }
}
