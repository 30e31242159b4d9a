namespace Sightline.Fleet.Ownership;

/// <summary>
/// One path segment of a pattern (no '/'): literal characters, '?', '*' and, for GitLab, '[...]' classes.
/// Matching is the two-pointer star algorithm: O(segment × pattern) in the worst case, never exponential,
/// with fast paths for the shapes real files use (a literal name, "*", "*.ext", "prefix*").
/// </summary>
internal sealed partial class GlobSegment
{
    private readonly Token[] _tokens;
    private readonly Shape _shape;
    private readonly string _literal;

    private GlobSegment(Token[] tokens)
    {
        _tokens = tokens;
        var stars = tokens.Count(t => t.Kind == TokenKind.Star);
        var onlyLiterals = tokens.All(t => t.Kind is TokenKind.Literal or TokenKind.Star);
        _literal = new string([.. tokens.Where(t => t.Kind == TokenKind.Literal).Select(t => t.Char)]);
        _shape = !onlyLiterals ? Shape.General
            : stars == 0 ? Shape.Literal
            : tokens.Length == 1 ? Shape.Any
            : stars == 1 && tokens[0].Kind == TokenKind.Star ? Shape.Suffix
            : stars == 1 && tokens[^1].Kind == TokenKind.Star ? Shape.Prefix
            : Shape.General;
    }

    private enum Shape
    {
        Literal,
        Any,
        Suffix,
        Prefix,
        General,
    }

    private enum TokenKind
    {
        Literal,
        AnyChar,
        Star,
        Class,
    }

    /// <summary>The whole segment when it has no wildcard: the key the rule index files it under.</summary>
    public string? Literal => _shape == Shape.Literal ? _literal : null;

    /// <summary>
    /// The extension every matching segment ends with (".ts" for "*.d.ts", ".go" for "*_test.go"), when the
    /// pattern ends with literal text holding a dot; null otherwise.
    /// </summary>
    public string? Extension
    {
        get
        {
            var tail = 0;
            while (tail < _tokens.Length && _tokens[_tokens.Length - 1 - tail].Kind == TokenKind.Literal)
            {
                tail++;
            }

            var text = new string([.. _tokens.Skip(_tokens.Length - tail).Select(t => t.Char)]);
            var dot = text.LastIndexOf('.');
            return dot < 0 || dot == text.Length - 1 ? null : text[(dot + 1)..];
        }
    }

    public bool IsLoneStar => _shape == Shape.Any;

    public static GlobSegment Star { get; } = new([new Token(TokenKind.Star, '\0', null)]);

    public bool Matches(ReadOnlySpan<char> text) => _shape switch
    {
        Shape.Literal => text.SequenceEqual(_literal),
        Shape.Any => true,
        Shape.Suffix => text.EndsWith(_literal, StringComparison.Ordinal),
        Shape.Prefix => text.StartsWith(_literal, StringComparison.Ordinal),
        _ => MatchesGeneral(text),
    };

    private bool MatchesGeneral(ReadOnlySpan<char> text)
    {
        int p = 0, t = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < _tokens.Length && _tokens[p].Kind == TokenKind.Star)
            {
                starP = p++;
                starT = t;
            }
            else if (p < _tokens.Length && _tokens[p].Accepts(text[t]))
            {
                p++;
                t++;
            }
            else if (starP >= 0)
            {
                // Backtrack only to the latest star: the earlier ones can never need a different choice.
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < _tokens.Length && _tokens[p].Kind == TokenKind.Star)
        {
            p++;
        }

        return p == _tokens.Length;
    }

    private readonly record struct Token(TokenKind Kind, char Char, CharClass? Class)
    {
        public bool Accepts(char c) => Kind switch
        {
            TokenKind.Literal => c == Char,
            TokenKind.AnyChar => true,
            TokenKind.Class => Class!.Accepts(c),
            _ => false,
        };
    }
}
