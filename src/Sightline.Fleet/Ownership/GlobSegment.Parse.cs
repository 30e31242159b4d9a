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

/// <summary>A bracket expression: "[abc]", "[a-z]", negated with '!' or '^' (Ruby's fnmatch).</summary>
internal sealed class CharClass
{
    private readonly (char Low, char High)[] _ranges;
    private readonly bool _negated;

    private CharClass((char, char)[] ranges, bool negated)
    {
        _ranges = ranges;
        _negated = negated;
    }

    public bool Accepts(char c)
    {
        foreach (var (low, high) in _ranges)
        {
            if (c >= low && c <= high)
            {
                return !_negated;
            }
        }

        return _negated && c != '/';
    }

    /// <summary>Reads the class after its '['; <paramref name="used"/> counts the characters through ']'.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CharClass? result, out int used)
    {
        result = null;
        used = 0;
        var i = 0;
        var negated = i < text.Length && text[i] is '!' or '^';
        if (negated)
        {
            i++;
        }

        var ranges = new List<(char, char)>();
        var first = true;
        while (i < text.Length && (text[i] != ']' || first))
        {
            first = false;
            var low = text[i] == '\\' && i + 1 < text.Length ? text[++i] : text[i];
            i++;
            var high = low;
            if (i + 1 < text.Length && text[i] == '-' && text[i + 1] != ']')
            {
                high = text[i + 1] == '\\' && i + 2 < text.Length ? text[i += 2] : text[++i];
                i++;
            }

            ranges.Add(low <= high ? (low, high) : (high, low));
        }

        if (i >= text.Length)
        {
            return false;
        }

        result = new CharClass([.. ranges], negated);
        used = i + 1;
        return true;
    }
}
