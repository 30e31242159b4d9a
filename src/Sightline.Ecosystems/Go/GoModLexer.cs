using System.Text;
using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Go;

internal enum GoTokenKind
{
    Ident,
    String,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
}

/// <summary>One token: its text (a string's unquoted value) and 1-based column.</summary>
internal readonly record struct GoToken(GoTokenKind Kind, string Text, int Column);

/// <summary>One line of a go.mod / go.work: its tokens and its trailing "//" comment (without the slashes).</summary>
internal sealed record GoLine(int Number, IReadOnlyList<GoToken> Tokens, string? Comment);

/// <summary>
/// The go.mod lexer (golang.org/x/mod/modfile), one line at a time: strings never span lines, so a file is
/// streamed line by line. Identifiers run to white space, a parenthesis, bracket, brace, comma or "//".
/// </summary>
internal static class GoModLexer
{
    public static GoLine Lex(string text, int number)
    {
        var tokens = new List<GoToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\r' or '\uFEFF')
            {
                i++;
                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                return new GoLine(number, tokens, text[(i + 2)..].Trim());
            }

            var column = i + 1;
            switch (c)
            {
                case '(': tokens.Add(new GoToken(GoTokenKind.LParen, "(", column)); i++; continue;
                case ')': tokens.Add(new GoToken(GoTokenKind.RParen, ")", column)); i++; continue;
                case '[': tokens.Add(new GoToken(GoTokenKind.LBracket, "[", column)); i++; continue;
                case ']': tokens.Add(new GoToken(GoTokenKind.RBracket, "]", column)); i++; continue;
                case ',': tokens.Add(new GoToken(GoTokenKind.Comma, ",", column)); i++; continue;
                case '{' or '}': throw new ManifestFormatException($"unexpected input character '{c}'", number, column);
                case '"' or '`': tokens.Add(new GoToken(GoTokenKind.String, ReadString(text, ref i, number), column)); continue;
                default: break;
            }

            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                throw new ManifestFormatException($"unexpected input character U+{(int)c:X4}", number, column);
            }

            var start = i;
            while (i < text.Length && IsIdent(text[i]) && !(text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/'))
            {
                if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
                {
                    throw new ManifestFormatException("mod files must use // comments, not /* comments", number, i + 1);
                }

                i++;
            }

            tokens.Add(new GoToken(GoTokenKind.Ident, text[start..i], column));
        }

        return new GoLine(number, tokens, null);
    }

    private static bool IsIdent(char c) =>
        c is not (' ' or '(' or ')' or '[' or ']' or '{' or '}' or ',') && !char.IsWhiteSpace(c) && !char.IsControl(c);

    /// <summary>A "..." string with Go escapes, or a `...` raw string; both end on the same line.</summary>
    private static string ReadString(string text, ref int i, int number)
    {
        var quote = text[i];
        var column = i + 1;
        var value = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= text.Length)
            {
                throw new ManifestFormatException("unexpected newline in string", number, column);
            }

            var c = text[i++];
            if (c == quote)
            {
                return value.ToString();
            }

            if (c != '\\' || quote == '`')
            {
                value.Append(c);
                continue;
            }

            if (i >= text.Length)
            {
                throw new ManifestFormatException("unexpected newline in string", number, column);
            }

            value.Append(Unescape(text, ref i, number));
        }
    }

    private static string Unescape(string text, ref int i, int number)
    {
        var c = text[i++];
        switch (c)
        {
            case '"' or '\\' or '\'': return c.ToString();
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case 'a': return "\a";
            case 'b': return "\b";
            case 'f': return "\f";
            case 'v': return "\v";
            case 'x' or 'u' or 'U':
                var digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                if (i + digits <= text.Length && int.TryParse(text.AsSpan(i, digits), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code)
                    && code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
                {
                    i += digits;
                    return char.ConvertFromUtf32(code);
                }

                break;
            default: break;
        }

        throw new ManifestFormatException($"invalid escape '\\{c}' in string", number, i - 1);
    }
}
