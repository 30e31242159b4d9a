namespace Sightline.Analysis.Scip.Symbols;

internal sealed partial record ScipSymbol
{
    private static List<Descriptor>? ReadDescriptors(string symbol, int position)
    {
        var descriptors = new List<Descriptor>();
        while (position < symbol.Length)
        {
            var c = symbol[position];
            if (c is '[' or '(')
            {
                position++;
                var inner = ReadName(symbol, ref position);
                var close = c == '[' ? ']' : ')';
                if (inner is null || position >= symbol.Length || symbol[position] != close)
                {
                    return null;
                }

                position++;
                descriptors.Add(new Descriptor(inner, c == '[' ? DescriptorSuffix.TypeParameter : DescriptorSuffix.Parameter));
                continue;
            }

            var name = ReadName(symbol, ref position);
            if (name is null || position >= symbol.Length)
            {
                return null;
            }

            var suffix = symbol[position++];
            switch (suffix)
            {
                case '/': descriptors.Add(new Descriptor(name, DescriptorSuffix.Namespace)); break;
                case '#': descriptors.Add(new Descriptor(name, DescriptorSuffix.Type)); break;
                case '.': descriptors.Add(new Descriptor(name, DescriptorSuffix.Term)); break;
                case ':': descriptors.Add(new Descriptor(name, DescriptorSuffix.Meta)); break;
                case '!': descriptors.Add(new Descriptor(name, DescriptorSuffix.Macro)); break;
                case '(':
                    // Method: name(disambiguator). — the disambiguator tells overloads apart; names ignore it.
                    var end = symbol.IndexOf(").", position, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        return null;
                    }

                    position = end + 2;
                    descriptors.Add(new Descriptor(name, DescriptorSuffix.Method));
                    break;
                default: return null;
            }
        }

        return descriptors.Count == 0 ? null : descriptors;
    }

    /// <summary>A simple identifier ([_+-$A-Za-z0-9]+) or a `backquoted` one (`` is an escaped backquote).</summary>
    private static string? ReadName(string symbol, ref int position)
    {
        if (position < symbol.Length && symbol[position] == '`')
        {
            var builder = new System.Text.StringBuilder();
            position++;
            while (position < symbol.Length)
            {
                var c = symbol[position++];
                if (c != '`')
                {
                    builder.Append(c);
                }
                else if (position < symbol.Length && symbol[position] == '`')
                {
                    builder.Append('`');
                    position++;
                }
                else
                {
                    return builder.ToString();
                }
            }

            return null;
        }

        var start = position;
        while (position < symbol.Length && IsIdentifierChar(symbol[position]))
        {
            position++;
        }

        return position == start ? null : symbol[start..position];
    }

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '+' or '-' or '$';
}
