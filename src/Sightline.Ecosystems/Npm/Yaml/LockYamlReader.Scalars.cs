using System.Globalization;
using System.Text;
using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Npm.Yaml;

internal static partial class LockYamlReader
{
    /// <summary>Index of the ':' ending a plain or quoted key ("key: v", "key:"), or -1.</summary>
    private static int FindKeySeparator(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (text.Length > 0 && text[0] is '"' or '\'')
        {
            i = ClosingQuote(text, 0);
            if (i < 0)
            {
                return -1;
            }

            i++;
        }

        for (; i < text.Length; i++)
        {
            if (text[i] == ':' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                return i;
            }

            if (text[i] == '#' && i > 0 && text[i - 1] == ' ')
            {
                return -1;
            }
        }

        return -1;
    }

    private static (string Key, int ValueStart) ParseKey(ReadOnlySpan<char> content, long line, int indent)
    {
        var separator = FindKeySeparator(content);
        if (separator < 0)
        {
            var reason = content.Length > 0 && content[0] is '"' or '\'' && ClosingQuote(content, 0) < 0
                ? "unterminated quoted key"
                : "expected 'key: value'";
            throw new ManifestFormatException(reason, line, indent + 1);
        }

        var keyText = content[..separator].TrimEnd(' ');
        var key = keyText.Length > 0 && keyText[0] is '"' or '\'' ? Unquote(keyText, line, indent) : Intern(keyText);
        return (key, separator + 1);
    }

    /// <summary>A value after "key: " or "- ": flow collection, quoted or plain scalar.</summary>
    private static YamlNode ParseValue(ReadOnlySpan<char> text, long line, int column)
    {
        if (text[0] is '{' or '[')
        {
            var position = 0;
            var node = ParseFlow(text, ref position, line, column);
            return node;
        }

        if (text[0] is '"' or '\'')
        {
            var end = ClosingQuote(text, 0);
            if (end < 0)
            {
                throw new ManifestFormatException("unterminated quoted string", line, column + 1);
            }

            return new YamlNode(line) { Scalar = Unquote(text[..(end + 1)], line, column) };
        }

        var comment = text.IndexOf(" #", StringComparison.Ordinal);
        var plain = (comment < 0 ? text : text[..comment]).TrimEnd(' ');
        return new YamlNode(line) { Scalar = plain is "~" or "null" ? null : Intern(plain) };
    }

    private static int ClosingQuote(ReadOnlySpan<char> text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    private static string Unquote(ReadOnlySpan<char> quoted, long line, int column)
    {
        var inner = quoted[1..^1];
        if (quoted[0] == '\'')
        {
            return inner.Contains('\'') ? inner.ToString().Replace("''", "'", StringComparison.Ordinal) : Pooled(inner);
        }

        if (!inner.Contains('\\'))
        {
            return Pooled(inner);
        }

        var builder = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\' || i + 1 == inner.Length)
            {
                builder.Append(inner[i]);
                continue;
            }

            var c = inner[++i];
            switch (c)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case '0': builder.Append('\0'); break;
                case 'u' when i + 4 < inner.Length && int.TryParse(inner.Slice(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                case 'u':
                    throw new ManifestFormatException("invalid \\u escape", line, column + i + 1);
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
