using System.Text.Json;
using Sightline.Core.Advisories;

namespace Sightline.Advisories.Symbols;

public static partial class VulnerableSymbols
{
    /// <summary>
    /// RustSec's <c>affects: {functions: ["smallvec::SmallVec::insert_many"], os, arch}</c>: the last segment is
    /// the symbol, the rest the path, "::" turned into "." ("smallvec.SmallVec" + "insert_many").
    /// </summary>
    private static void ReadRustSec(Collector collector, AffectedPackage affected, JsonElement root)
    {
        if (!root.TryGetProperty("affects", out var affects) || affects.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (affects.ValueKind != JsonValueKind.Object)
        {
            collector.Problem(affected, $"ecosystem_specific.affects must be an object, found {affects.ValueKind}");
            return;
        }

        if (!affects.TryGetProperty("functions", out var functions) || functions.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (functions.ValueKind != JsonValueKind.Array)
        {
            collector.Problem(affected, $"ecosystem_specific.affects.functions must be an array, found {functions.ValueKind}");
            return;
        }

        foreach (var function in functions.EnumerateArray())
        {
            var text = function.ValueKind == JsonValueKind.String ? function.GetString()!.Trim() : null;
            if (text is null || !SymbolNames.TrySplitRustPath(text, out var path, out var symbol))
            {
                collector.Problem(affected, $"ecosystem_specific.affects.functions has an invalid entry {function.GetRawText()}: expected \"crate::path::function\"");
                continue;
            }

            collector.Add(affected, path, symbol, "rustsec");
        }
    }
}
