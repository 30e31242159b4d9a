namespace Sightline.Engine.Reachability;

/// <summary>
/// Vulnerable symbols by fully qualified name: equal names match; "path.*" (an imports entry with no
/// symbols: any use of the path) matches the path itself and everything below it.
/// </summary>
internal sealed class SymbolMatcher
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];

    public SymbolMatcher(IEnumerable<string> symbols)
    {
        foreach (var symbol in symbols)
        {
            if (symbol.EndsWith(".*", StringComparison.Ordinal))
            {
                _exact.Add(symbol[..^2]);
                _prefixes.Add(symbol[..^1]);
            }
            else
            {
                _exact.Add(symbol);
            }
        }
    }

    public bool IsEmpty => _exact.Count == 0;

    /// <summary>The vulnerable name a call matches, through its callee or one of its candidates; null when none.</summary>
    public string? Match(string? callee, IReadOnlyList<string> candidates)
    {
        foreach (var name in candidates.Prepend(callee))
        {
            if (name is not null && (_exact.Contains(name) || _prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))))
            {
                return name;
            }
        }

        return null;
    }
}
