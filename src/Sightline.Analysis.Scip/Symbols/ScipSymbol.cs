namespace Sightline.Analysis.Scip.Symbols;

public enum DescriptorSuffix
{
    Namespace,
    Type,
    Term,
    Method,
    TypeParameter,
    Parameter,
    Meta,
    Macro,
}

/// <summary>One descriptor of a symbol: `name/` namespace, `name#` type, `name.` term, `name().` method …</summary>
internal readonly record struct Descriptor(string Name, DescriptorSuffix Suffix);

/// <summary>
/// A parsed SCIP symbol: "scheme manager package-name version descriptors…", or "local N" for a
/// symbol private to one document. Grammar: https://github.com/sourcegraph/scip, scip.proto, Symbol.
/// </summary>
internal sealed partial record ScipSymbol(string Scheme, string Manager, string Package, string Version, IReadOnlyList<Descriptor> Descriptors)
{
    public bool IsLocal => Scheme == "local";

    /// <summary>A function or method: the last descriptor is `name().` (SCIP's only sign of something callable).</summary>
    public bool IsCallable => Descriptors.Count > 0 && Descriptors[^1].Suffix == DescriptorSuffix.Method;

    /// <summary>Parses a symbol; null when it is not well formed (it is then treated as opaque).</summary>
    public static ScipSymbol? Parse(string symbol)
    {
        if (symbol.StartsWith("local ", StringComparison.Ordinal))
        {
            return new ScipSymbol("local", "", "", "", []);
        }

        var position = 0;
        var scheme = ReadSpaced(symbol, ref position);
        var manager = ReadSpaced(symbol, ref position);
        var package = ReadSpaced(symbol, ref position);
        var version = ReadSpaced(symbol, ref position);
        if (scheme is null || manager is null || package is null || version is null)
        {
            return null;
        }

        var descriptors = ReadDescriptors(symbol, position);
        return descriptors is null
            ? null
            : new ScipSymbol(scheme, Dot(manager), Dot(package), Dot(version), descriptors);
    }

    private static string Dot(string value) => value == "." ? "" : value;

    /// <summary>A space-terminated field; a double space is an escaped space.</summary>
    private static string? ReadSpaced(string symbol, ref int position)
    {
        var builder = new System.Text.StringBuilder();
        while (position < symbol.Length)
        {
            var c = symbol[position++];
            if (c != ' ')
            {
                builder.Append(c);
            }
            else if (position < symbol.Length && symbol[position] == ' ')
            {
                builder.Append(' ');
                position++;
            }
            else
            {
                return builder.Length == 0 ? null : builder.ToString();
            }
        }

        return null;
    }
}
