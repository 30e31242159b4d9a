using System.Text;

namespace Sightline.Remediation.Patching.Go;

/// <summary>Splits one go.mod line into tokens: words, "quoted" and `raw` strings, parentheses; "//" starts a comment.</summary>
internal static class GoModLexer
{
    public static List<GoToken> Tokens(string text, int start, int end, int lineNumber)
    {
        var tokens = new List<GoToken>();
        var position = start;
        while (position < end)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                position++;
            }
            else if (c == '/' && position + 1 < end && text[position + 1] == '/')
            {
                break;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new GoToken(c.ToString(), position, ++position));
            }
            else if (c is '"' or '`')
            {
                tokens.Add(Quoted(text, position, end, lineNumber));
                position = tokens[^1].End;
            }
            else
            {
                var tokenStart = position;
                while (position < end && !char.IsWhiteSpace(text[position]) && text[position] is not ('(' or ')'))
                {
                    position++;
                }

                tokens.Add(new GoToken(text[tokenStart..position], tokenStart, position));
            }
        }

        return tokens;
    }

    private static GoToken Quoted(string text, int start, int end, int lineNumber)
    {
        var quote = text[start];
        var value = new StringBuilder();
        for (var i = start + 1; i < end; i++)
        {
            if (text[i] == quote)
            {
                return new GoToken(value.ToString(), start, i + 1);
            }

            if (text[i] == '\\' && quote == '"' && i + 1 < end)
            {
                i++;
            }

            value.Append(text[i]);
        }

        throw new FormatException($"line {lineNumber}: unterminated string");
    }
}
