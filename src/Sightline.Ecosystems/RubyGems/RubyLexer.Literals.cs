using System.Text;

namespace Sightline.Ecosystems.RubyGems;

internal static partial class RubyLexer
{
    private static RubyToken ReadString(string line, ref int i, char open, char close)
    {
        var builder = new StringBuilder();
        var literal = open != '`';
        var depth = 0;
        i++;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length)
            {
                builder.Append(line[i + 1]);
                i += 2;
                continue;
            }

            if (c == close && depth == 0)
            {
                i++;
                return new RubyToken(RubyTokenKind.String, builder.ToString(), literal);
            }

            if (open != close && c == open)
            {
                depth++;
            }
            else if (open != close && c == close)
            {
                depth--;
            }

            if (c == '#' && open != '\'' && i + 1 < line.Length && line[i + 1] == '{')
            {
                literal = false;
            }

            builder.Append(c);
            i++;
        }

        // Unterminated on this line (a multi-line string): not a value we can use.
        return new RubyToken(RubyTokenKind.String, builder.ToString(), Literal: false);
    }

    private static void ReadWords(string line, ref int i, char close, List<RubyToken> tokens)
    {
        var open = line[i + 2];
        i += 3;
        var end = line.IndexOf(close, i);
        var body = end < 0 ? line[i..] : line[i..end];
        i = end < 0 ? line.Length : end + 1;
        tokens.Add(new RubyToken(RubyTokenKind.Open, "["));
        var first = true;
        foreach (var word in body.Split([' ', '\t', open], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!first)
            {
                tokens.Add(new RubyToken(RubyTokenKind.Comma, ","));
            }

            tokens.Add(new RubyToken(RubyTokenKind.String, word));
            first = false;
        }

        tokens.Add(new RubyToken(RubyTokenKind.Close, "]"));
    }

    private static (string Word, int End)? HeredocStart(string line, int i)
    {
        if (i < line.Length && line[i] is '~' or '-')
        {
            i++;
        }

        var quoted = i < line.Length && line[i] is '\'' or '"';
        if (quoted)
        {
            i++;
        }

        var start = i;
        while (i < line.Length && (char.IsAsciiLetterUpper(line[i]) || line[i] == '_' || char.IsAsciiDigit(line[i])))
        {
            i++;
        }

        if (i == start || !char.IsAsciiLetterUpper(line[start]))
        {
            return null;
        }

        var word = line[start..i];
        return (word, quoted && i < line.Length ? i + 1 : i);
    }

    private static char? Closer(char open) => open switch
    {
        '[' => ']',
        '(' => ')',
        '{' => '}',
        '<' => '>',
        '|' => '|',
        '!' => '!',
        '/' => '/',
        _ => null,
    };
}
