using System.Text;

namespace Sightline.Remediation.Patching.RubyGems;

internal enum GemTokenKind
{
    String,
    Word,
    Symbol,
    Punctuation,
    Newline,
}

/// <summary>A Gemfile token; a string's <see cref="Value"/> is its content and <see cref="Literal"/> says it has no escapes or interpolation.</summary>
internal readonly record struct GemToken(GemTokenKind Kind, string Value, int Start, int End, bool Literal = true)
{
    public bool Is(string punctuation) => Kind == GemTokenKind.Punctuation && Value == punctuation;
}

/// <summary>The slice of Ruby a Gemfile uses: strings, words, symbols, hash keys, punctuation, comments, newlines.</summary>
internal static class GemfileLexer
{
    public static List<GemToken> Tokens(string text)
    {
        var tokens = new List<GemToken>();
        var i = text.StartsWith('\uFEFF') ? 1 : 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                tokens.Add(new GemToken(GemTokenKind.Newline, "\n", i, ++i));
            }
            else if (char.IsWhiteSpace(c) || (c == '\\' && i + 1 < text.Length && text[i + 1] is '\n' or '\r'))
            {
                i++;
            }
            else if (c == '#')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (c is '"' or '\'')
            {
                tokens.Add(Quoted(text, i));
                i = tokens[^1].End;
            }
            else if (c == ':' && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] == '_'))
            {
                var start = i++;
                i = WordEnd(text, i);
                tokens.Add(new GemToken(GemTokenKind.Symbol, text[(start + 1)..i], start, i));
            }
            else if (char.IsLetterOrDigit(c) || c == '_')
            {
                var start = i;
                i = WordEnd(text, i);
                tokens.Add(new GemToken(GemTokenKind.Word, text[start..i], start, i));
            }
            else
            {
                var length = i + 1 < text.Length && text.AsSpan(i, 2) is "=>" or "::" ? 2 : 1;
                tokens.Add(new GemToken(GemTokenKind.Punctuation, text.Substring(i, length), i, i + length));
                i += length;
            }
        }

        return tokens;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' or '?' or '!'))
        {
            i++;
        }

        return i;
    }

    private static GemToken Quoted(string text, int start)
    {
        var quote = text[start];
        var value = new StringBuilder();
        var literal = true;
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == quote)
            {
                return new GemToken(GemTokenKind.String, value.ToString(), start, i + 1, literal);
            }

            if (text[i] == '\\' && i + 1 < text.Length)
            {
                literal = false;
                value.Append(text[++i]);
                continue;
            }

            literal &= !(quote == '"' && text[i] == '#' && i + 1 < text.Length && text[i + 1] == '{');
            value.Append(text[i]);
        }

        throw new FormatException($"unterminated string at offset {start}");
    }
}
