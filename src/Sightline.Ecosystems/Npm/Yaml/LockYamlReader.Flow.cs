using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Npm.Yaml;

internal static partial class LockYamlReader
{
    private const int MaxFlowDepth = 64;

    /// <summary>A one-line flow collection: {integrity: sha512-..., tarball: https://...} or [a, b].</summary>
    private static YamlNode ParseFlow(ReadOnlySpan<char> text, ref int i, long line, int column, int depth = 0)
    {
        if (depth > MaxFlowDepth)
        {
            throw new ManifestFormatException("flow collection nested too deeply", line, column + i + 1);
        }

        var open = text[i++];
        var close = open == '{' ? '}' : ']';
        var node = open == '{' ? new YamlNode(line) { Map = [] } : new YamlNode(line) { Sequence = [] };
        while (true)
        {
            SkipSpaces(text, ref i);
            if (i >= text.Length)
            {
                throw new ManifestFormatException($"unterminated flow collection: expected '{close}'", line, column + i + 1);
            }

            if (text[i] == close)
            {
                i++;
                return node;
            }

            if (node.Map is not null)
            {
                var key = FlowScalar(text, ref i, line, column, isKey: true);
                SkipSpaces(text, ref i);
                YamlNode value;
                if (i < text.Length && text[i] == ':')
                {
                    i++;
                    SkipSpaces(text, ref i);
                    value = i < text.Length && text[i] is ',' or '}' ? new YamlNode(line) : FlowValue(text, ref i, line, column, depth);
                }
                else
                {
                    value = new YamlNode(line);
                }

                node.Map.Add(new(key ?? string.Empty, value));
            }
            else
            {
                node.Sequence!.Add(FlowValue(text, ref i, line, column, depth));
            }

            SkipSpaces(text, ref i);
            if (i < text.Length && text[i] == ',')
            {
                i++;
            }
            else if (i >= text.Length || text[i] != close)
            {
                throw new ManifestFormatException($"expected ',' or '{close}' in flow collection", line, column + i + 1);
            }
        }
    }

    private static YamlNode FlowValue(ReadOnlySpan<char> text, ref int i, long line, int column, int depth)
    {
        if (i >= text.Length)
        {
            throw new ManifestFormatException("unterminated flow collection", line, column + i + 1);
        }

        return text[i] is '{' or '['
            ? ParseFlow(text, ref i, line, column, depth + 1)
            : new YamlNode(line) { Scalar = FlowScalar(text, ref i, line, column, isKey: false) };
    }

    private static string? FlowScalar(ReadOnlySpan<char> text, ref int i, long line, int column, bool isKey)
    {
        if (text[i] is '"' or '\'')
        {
            var end = ClosingQuote(text, i);
            if (end < 0)
            {
                throw new ManifestFormatException("unterminated quoted string", line, column + i + 1);
            }

            var value = Unquote(text[i..(end + 1)], line, column + i);
            i = end + 1;
            return value;
        }

        var start = i;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ',' or '}' or ']' || (isKey && c == ':' && (i + 1 == text.Length || text[i + 1] is ' ' or ',' or '}')))
            {
                break;
            }
        }

        var plain = text[start..i].Trim(' ');
        return plain is "~" or "null" ? null : Intern(plain);
    }

    private static void SkipSpaces(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
    }
}
