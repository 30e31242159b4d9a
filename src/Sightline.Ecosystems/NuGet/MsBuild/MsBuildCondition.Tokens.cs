namespace Sightline.Ecosystems.NuGet.MsBuild;

internal static partial class MsBuildCondition
{
    private enum TokenKind
    {
        Open,
        Close,
        Not,
        Equal,
        NotEqual,
        Compare,
        And,
        Or,
        String,
        Word,
        /// <summary>A function call such as Exists('x'): always unknown.</summary>
        Function,
    }

    private readonly record struct Token(TokenKind Kind, string Text);

    /// <summary>Splits a condition into tokens; null when it is not well formed.</summary>
    private static List<Token>? Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                tokens.Add(new Token(TokenKind.Open, "("));
                i++;
            }
            else if (c == ')')
            {
                tokens.Add(new Token(TokenKind.Close, ")"));
                i++;
            }
            else if (c == '\'')
            {
                var end = text.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    return null;
                }

                tokens.Add(new Token(TokenKind.String, text.Substring(i + 1, end - i - 1)));
                i = end + 1;
            }
            else if (c is '=' or '!' or '<' or '>')
            {
                var two = i + 1 < text.Length && text[i + 1] == '=';
                var kind = (c, two) switch
                {
                    ('=', true) => TokenKind.Equal,
                    ('!', true) => TokenKind.NotEqual,
                    ('!', false) => TokenKind.Not,
                    ('=', false) => (TokenKind?)null,
                    _ => TokenKind.Compare,
                };
                if (kind is null)
                {
                    return null;
                }

                tokens.Add(new Token(kind.Value, text.Substring(i, two ? 2 : 1)));
                i += two ? 2 : 1;
            }
            else
            {
                i = ReadWord(text, i, tokens);
                if (i < 0)
                {
                    return null;
                }
            }
        }

        return tokens;
    }

    /// <summary>A bare word: and/or, a $(...) reference, a number, or a function call with its arguments.</summary>
    private static int ReadWord(string text, int start, List<Token> tokens)
    {
        var i = start;
        var depth = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
                if (depth == 0 && i > start && text[start] != '$')
                {
                    i++;
                    break;
                }
            }
            else if (c == '\'' && depth > 0)
            {
                var end = text.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    return -1;
                }

                i = end;
            }
            else if (depth == 0 && (char.IsWhiteSpace(c) || c is '=' or '!' or '<' or '>' or '\''))
            {
                break;
            }

            i++;
        }

        if (depth != 0 || i == start)
        {
            return -1;
        }

        var word = text[start..i];
        var kind = word.ToLowerInvariant() switch
        {
            "and" => TokenKind.And,
            "or" => TokenKind.Or,
            _ when word.Contains('(', StringComparison.Ordinal) && !word.StartsWith("$(", StringComparison.Ordinal) => TokenKind.Function,
            _ => TokenKind.Word,
        };
        tokens.Add(new Token(kind, word));
        return i;
    }
}
