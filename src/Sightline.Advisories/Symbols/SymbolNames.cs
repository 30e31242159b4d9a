using Sightline.Core.Advisories;
using Sightline.Core.Model;

namespace Sightline.Advisories.Symbols;

/// <summary>How a (path, symbol) pair becomes the fully qualified name the analysers give callees.</summary>
internal static class SymbolNames
{
    /// <summary>
    /// Path + "." + symbol. Two conventions: an npm symbol "default" is the package's default export, which the
    /// JavaScript analyser names by the bare package ("minimist"); the any-use symbol gives path + ".*".
    /// "default" stays a plain name elsewhere (a Python function may be called default).
    /// </summary>
    public static string FullName(Ecosystem? ecosystem, string path, string symbol) =>
        ecosystem == Ecosystem.Npm && symbol == VulnerableSymbol.DefaultExport ? path : path + "." + symbol;

    /// <summary>Go paths hold dots and slashes ("golang.org/x/net/http2"): only emptiness, whitespace and edge dots are refused.</summary>
    public static bool IsValidPath(string path) =>
        path.Length > 0 && path[0] != '.' && path[^1] != '.' && !path.Any(char.IsWhiteSpace);

    /// <summary>"Func", "Type.Method", "*"; not empty, no whitespace, no leading, trailing or doubled dot.</summary>
    public static bool IsValidSymbol(string symbol) =>
        symbol.Length > 0 && symbol[0] != '.' && symbol[^1] != '.' && !symbol.Contains("..", StringComparison.Ordinal)
        && !symbol.Any(char.IsWhiteSpace);

    /// <summary>"crate::module::Type::method" → path "crate.module.Type", symbol "method"; at least two non-empty segments.</summary>
    public static bool TrySplitRustPath(string text, out string path, out string symbol)
    {
        path = symbol = string.Empty;
        var segments = text.Split("::");
        if (segments.Length < 2 || segments.Any(s => s.Length == 0 || s.Any(char.IsWhiteSpace)))
        {
            return false;
        }

        path = string.Join('.', segments[..^1]);
        symbol = segments[^1];
        return true;
    }
}
