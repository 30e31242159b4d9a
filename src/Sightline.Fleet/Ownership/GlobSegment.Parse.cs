namespace Sightline.Fleet.Ownership;

internal sealed partial class GlobSegment
{
    /// <summary>
    /// Compiles one segment as written: '\' makes the next character literal, runs of '*' are one star,
    /// '[...]' is a class only when <paramref name="classes"/> (GitLab's fnmatch); an unclosed '[' is literal.
    /// </summary>
    public static GlobSegment Parse(ReadOnlySpan<char> raw, bool classes)
    {
        var tokens = new List<Token>(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length)
            {
                tokens.Add(new Token(TokenKind.Literal, raw[i + 1], null));
                i += 2;
            }
            else if (c == '*')
            {
                if (tokens.Count == 0 || tokens[^1].Kind != TokenKind.Star)
                {
                    tokens.Add(new Token(TokenKind.Star, '\0', null));
                }

                i++;
            }
            else if (c == '?')
            {
                tokens.Add(new Token(TokenKind.AnyChar, '\0', null));
                i++;
            }
            else if (c == '[' && classes && CharClass.TryParse(raw[(i + 1)..], out var charClass, out var used))
            {
                tokens.Add(new Token(TokenKind.Class, '\0', charClass));
                i += 1 + used;
            }
            else
            {
                tokens.Add(new Token(TokenKind.Literal, c, null));
                i++;
            }
        }

        return new GlobSegment([.. tokens]);
    }
}
