namespace Sightline.Ecosystems.RubyGems;

/// <summary>
/// Splits one line of Ruby into the tokens Gemfile and gemspec readers need: strings, symbols, keys,
/// identifiers and punctuation. Not a Ruby parser: anything else becomes <see cref="RubyTokenKind.Other"/>.
/// </summary>
internal static partial class RubyLexer
{
    /// <summary>Tokenizes <paramref name="line"/>; <paramref name="heredoc"/> is the terminator of a heredoc it opens.</summary>
    public static void Tokenize(string line, List<RubyToken> tokens, out string? heredoc)
    {
        heredoc = null;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '\t' or '\r')
            {
                i++;
            }
            else if (c == '#')
            {
                return;
            }
            else if (c is '"' or '\'' or '`')
            {
                tokens.Add(ReadString(line, ref i, c, c));
            }
            else if (c == '%' && i + 2 < line.Length && line[i + 1] is 'w' or 'W' or 'i' or 'I' && Closer(line[i + 2]) is { } close)
            {
                ReadWords(line, ref i, close, tokens);
            }
            else if (c == '%' && i + 2 < line.Length && line[i + 1] is 'q' or 'Q' && Closer(line[i + 2]) is { } quote)
            {
                i += 2;
                tokens.Add(ReadString(line, ref i, line[i], quote));
            }
            else if (c == '<' && i + 2 < line.Length && line[i + 1] == '<' && HeredocStart(line, i + 2) is { } start)
            {
                heredoc = start.Word;
                tokens.Add(new RubyToken(RubyTokenKind.String, string.Empty, Literal: false));
                i = start.End;
            }
            else if (c == ':' && i + 1 < line.Length && (IsIdentStart(line[i + 1]) || line[i + 1] == '"'))
            {
                i++;
                var symbol = line[i] == '"' ? ReadString(line, ref i, '"', '"').Value : ReadIdent(line, ref i);
                tokens.Add(new RubyToken(RubyTokenKind.Symbol, symbol));
            }
            else if (IsIdentStart(c))
            {
                var ident = ReadIdent(line, ref i);
                if (i < line.Length && line[i] == ':' && (i + 1 >= line.Length || line[i + 1] != ':'))
                {
                    i++;
                    tokens.Add(new RubyToken(RubyTokenKind.Key, ident));
                }
                else
                {
                    tokens.Add(new RubyToken(RubyTokenKind.Ident, ident));
                }
            }
            else
            {
                tokens.Add(Punctuation(line, ref i));
            }
        }
    }

    private static RubyToken Punctuation(string line, ref int i)
    {
        var c = line[i];
        var next = i + 1 < line.Length ? line[i + 1] : '\0';
        i++;
        switch (c)
        {
            case '=' when next == '>':
                i++;
                return new RubyToken(RubyTokenKind.Rocket, "=>");
            case '=' when next is '=' or '~':
                i++;
                return new RubyToken(RubyTokenKind.Other, "==");
            case '=':
                return new RubyToken(RubyTokenKind.Assign, "=");
            case ',':
                return new RubyToken(RubyTokenKind.Comma, ",");
            case '(' or '[' or '{':
                return new RubyToken(RubyTokenKind.Open, c.ToString());
            case ')' or ']' or '}':
                return new RubyToken(RubyTokenKind.Close, c.ToString());
            case '|' when next == '|':
                i++;
                return new RubyToken(RubyTokenKind.Other, "||");
            case '|':
                return new RubyToken(RubyTokenKind.Pipe, "|");
            case '.':
                return new RubyToken(RubyTokenKind.Dot, ".");
            case ';':
                return new RubyToken(RubyTokenKind.Semicolon, ";");
            default:
                return new RubyToken(RubyTokenKind.Other, c.ToString());
        }
    }

    private static string ReadIdent(string line, ref int i)
    {
        var start = i;
        while (i < line.Length && line[i] is '@' or '$')
        {
            i++;
        }

        while (true)
        {
            while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] == '_'))
            {
                i++;
            }

            if (i + 2 < line.Length && line[i] == ':' && line[i + 1] == ':' && IsIdentStart(line[i + 2]))
            {
                i += 2;
                continue;
            }

            break;
        }

        if (i < line.Length && line[i] is '?' or '!' && (i + 1 >= line.Length || line[i + 1] != '='))
        {
            i++;
        }

        return line[start..i];
    }

    private static bool IsIdentStart(char c) => char.IsAsciiLetter(c) || c is '_' or '@' or '$';
}
