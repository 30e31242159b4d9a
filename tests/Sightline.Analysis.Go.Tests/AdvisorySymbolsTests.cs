using System.Text.Json;
using Sightline.Core.Code;
using Sightline.Tests;
using Xunit;

namespace Sightline.Analysis.Go.Tests;

/// <summary>
/// Real advisories' `imports[].symbols` (../shared/data/osv/go) joined to their import path are exactly the
/// callees the analyser writes: plain string equality, as the engine matches them.
/// </summary>
public sealed class AdvisorySymbolsTests
{
    [Theory]
    [InlineData("GO-2022-0969", "golang.org/x/net/http2.Server.ServeConn", "cmd/shop/main.go", 34)]
    [InlineData("GO-2021-0113", "golang.org/x/text/language.Parse", "handlers/handlers.go", 32)]
    public void An_advisory_symbol_is_matched_by_the_callee_of_a_production_call(string advisory, string symbol, string path, int line)
    {
        Assert.Contains(symbol, Symbols(advisory));
        var results = Analysis.Folder(TestPaths.TestData("Sightline.Analysis.Go.Tests", "shop-go"));

        var calls = results.Where(f => !f.IsTest).SelectMany(f => f.Calls.Select(c => (f.Path, Call: c)))
            .Where(x => x.Call.Kind == CallKind.External && Symbols(advisory).Contains(x.Call.Callee!))
            .ToList();

        Assert.Contains(calls, x => x.Path == path && x.Call.Line == line && x.Call.Callee == symbol);
    }

    private static HashSet<string> Symbols(string advisory)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SharedData, "osv", "go", advisory + ".json")));
        var symbols = new HashSet<string>(StringComparer.Ordinal);
        foreach (var affected in json.RootElement.GetProperty("affected").EnumerateArray())
        {
            if (!affected.TryGetProperty("ecosystem_specific", out var specific) || !specific.TryGetProperty("imports", out var imports))
            {
                continue;
            }

            foreach (var import in imports.EnumerateArray())
            {
                var path = import.GetProperty("path").GetString();
                foreach (var symbol in import.TryGetProperty("symbols", out var list) ? list.EnumerateArray() : default)
                {
                    symbols.Add(path + "." + symbol.GetString());
                }
            }
        }

        return symbols;
    }
}
