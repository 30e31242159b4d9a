using System.Text.Json;
using Sightline.Core.Advisories;

namespace Sightline.Advisories.Symbols;

/// <summary>
/// Reads the vulnerable symbols an advisory names in its <c>affected[].ecosystem_specific</c>: OSV
/// <c>imports[]</c> entries <c>{path, symbols}</c> as the Go vulnerability database writes them (for every
/// ecosystem; <c>goos</c>/<c>goarch</c> are ignored) and RustSec's <c>affects.functions</c>. GHSA's
/// <c>affected_functions</c> are not read: they name internals ("lodash.baseSet") that no caller's code
/// calls, so matching them would turn "we do not know" into a false "not called".
/// </summary>
public static partial class VulnerableSymbols
{
    /// <summary>
    /// Every symbol of every affected entry, each (FullName, package) once. A malformed ecosystem_specific
    /// anywhere in the advisory gives no symbols at all, with the reasons: a partial list could hide the very
    /// symbol that is called, and "no symbols" makes the engine treat the advisory as affected.
    /// </summary>
    public static VulnerableSymbolSet From(Advisory advisory)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        var collector = new Collector();
        foreach (var affected in advisory.Affected)
        {
            collector.Read(affected);
        }

        return collector.Problems.Count > 0 ? new VulnerableSymbolSet([], collector.Problems) : new VulnerableSymbolSet(collector.Symbols, []);
    }

    /// <summary>The symbols of one affected entry, with the same rules; the overlay uses it to see what a record already has.</summary>
    public static VulnerableSymbolSet From(AffectedPackage affected)
    {
        ArgumentNullException.ThrowIfNull(affected);
        var collector = new Collector();
        collector.Read(affected);
        return collector.Problems.Count > 0 ? new VulnerableSymbolSet([], collector.Problems) : new VulnerableSymbolSet(collector.Symbols, []);
    }

    /// <summary>Accumulates symbols and problems over the affected entries of one advisory.</summary>
    private sealed class Collector
    {
        private readonly HashSet<(string FullName, string Ecosystem, string Package)> _seen = [];

        public List<VulnerableSymbol> Symbols { get; } = [];

        public List<string> Problems { get; } = [];

        public void Read(AffectedPackage affected)
        {
            if (affected.EcosystemSpecificJson is not { } json)
            {
                return;
            }

            try
            {
                using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    Problem(affected, "ecosystem_specific is not an object");
                    return;
                }

                ReadImports(this, affected, root);
                ReadRustSec(this, affected, root);
            }
            catch (JsonException ex)
            {
                Problem(affected, "ecosystem_specific is not valid JSON: " + ex.Message);
            }
        }

        public void Add(AffectedPackage affected, string path, string symbol, string source)
        {
            var fullName = SymbolNames.FullName(affected.Ecosystem, path, symbol);
            if (_seen.Add((fullName, affected.EcosystemName, affected.Name)))
            {
                Symbols.Add(new VulnerableSymbol(fullName, path, symbol, affected.Ecosystem, affected.Name, source));
            }
        }

        public void Problem(AffectedPackage affected, string message) =>
            Problems.Add($"{affected.EcosystemName}/{affected.Name}: {message}");
    }
}
