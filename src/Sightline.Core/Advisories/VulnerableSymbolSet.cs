namespace Sightline.Core.Advisories;

/// <summary>
/// The vulnerable symbols of one advisory, and why some affected entries gave none. An empty
/// <see cref="Symbols"/> means "no symbols known": the engine cannot say whether the advisory is reachable.
/// </summary>
/// <param name="Problems">One sentence per malformed ecosystem_specific, naming the package; never an exception.</param>
public sealed record VulnerableSymbolSet(IReadOnlyList<VulnerableSymbol> Symbols, IReadOnlyList<string> Problems)
{
    public static VulnerableSymbolSet Empty { get; } = new([], []);

    public bool HasSymbols => Symbols.Count > 0;
}
