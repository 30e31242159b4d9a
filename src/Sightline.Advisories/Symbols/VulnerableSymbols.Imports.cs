using System.Text.Json;
using Sightline.Core.Advisories;

namespace Sightline.Advisories.Symbols;

public static partial class VulnerableSymbols
{
    /// <summary>The property the overlay writes on the imports entries it adds, so a symbol says where it came from.</summary>
    internal const string SourceProperty = "source";

    /// <summary><c>imports: [{path, symbols?, goos?, goarch?}]</c>; no symbols (absent, null, empty) means any use of the path.</summary>
    private static void ReadImports(Collector collector, AffectedPackage affected, JsonElement root)
    {
        if (!root.TryGetProperty("imports", out var imports) || imports.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (imports.ValueKind != JsonValueKind.Array)
        {
            collector.Problem(affected, $"ecosystem_specific.imports must be an array, found {imports.ValueKind}");
            return;
        }

        var index = 0;
        foreach (var entry in imports.EnumerateArray())
        {
            ReadImport(collector, affected, entry, $"ecosystem_specific.imports[{index++}]");
        }
    }

    private static void ReadImport(Collector collector, AffectedPackage affected, JsonElement entry, string where)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            collector.Problem(affected, $"{where} must be an object, found {entry.ValueKind}");
            return;
        }

        var path = entry.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()!.Trim() : null;
        if (path is null || !SymbolNames.IsValidPath(path))
        {
            collector.Problem(affected, $"{where}.path must be a non-empty string that does not start or end with '.'");
            return;
        }

        var source = entry.TryGetProperty(SourceProperty, out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "imports";
        if (!entry.TryGetProperty("symbols", out var symbols) || symbols.ValueKind == JsonValueKind.Null
            || (symbols.ValueKind == JsonValueKind.Array && symbols.GetArrayLength() == 0))
        {
            collector.Add(affected, path, VulnerableSymbol.AnySymbol, source);
            return;
        }

        if (symbols.ValueKind != JsonValueKind.Array)
        {
            collector.Problem(affected, $"{where}.symbols must be an array of strings, found {symbols.ValueKind}");
            return;
        }

        foreach (var symbol in symbols.EnumerateArray())
        {
            var name = symbol.ValueKind == JsonValueKind.String ? symbol.GetString()!.Trim() : null;
            if (name is null || !SymbolNames.IsValidSymbol(name))
            {
                collector.Problem(affected, $"{where}.symbols has an invalid entry {symbol.GetRawText()}: expected a name like \"Func\" or \"Type.Method\"");
                continue;
            }

            collector.Add(affected, path, name, source);
        }
    }
}
