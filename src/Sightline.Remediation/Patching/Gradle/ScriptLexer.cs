namespace Sightline.Remediation.Patching.Gradle;

internal enum ScriptTokenKind
{
    Identifier,
    String,
    Punctuation,
    Other,
}

/// <summary>
/// One token of a Groovy or Kotlin build script. For a string, [Start, End) is its content without the quotes,
/// <see cref="Quote"/> the quote that opened it ('\'', '"', or '\0' for triple quotes).
/// </summary>
internal readonly record struct ScriptToken(ScriptTokenKind Kind, int Start, int End, string Text, char Quote = '\0', int Depth = 0);

/// <summary>
/// Tokenizes a build script far enough to find dependency declarations: comments are skipped, strings are
/// whole tokens (templates are not expanded), braces carry their nesting depth. Linear, no backtracking.
/// </summary>
internal static class ScriptLexer
{
    public static List<ScriptToken> Tokenize(string text)
    {
        var tokens = new List<ScriptToken>();
        var depth = 0;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                i = TextEdits.LineEnd(text, i);
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + 2;
            }
            else if (c is '"' or '\'')
            {
                i = ReadString(text, i, depth, tokens);
            }
            else if (char.IsLetter(c) || c == '_' || c == '$')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                i = Math.Max(i, start + 1);
                tokens.Add(new ScriptToken(ScriptTokenKind.Identifier, start, i, text[start..i], Depth: depth));
            }
            else
            {
                // A closing brace belongs to the depth it closes back to.
                depth -= c == '}' ? 1 : 0;
                tokens.Add(new ScriptToken(char.IsPunctuation(c) || c is '{' or '}' or '(' or ')' or '=' ? ScriptTokenKind.Punctuation : ScriptTokenKind.Other, i, i + 1, c.ToString(), Depth: depth));
                depth += c == '{' ? 1 : 0;
                i++;
            }
        }

        return tokens;
    }

    private static int ReadString(string text, int start, int depth, List<ScriptToken> tokens)
    {
        var quote = text[start];
        var triple = start + 2 < text.Length && text[start + 1] == quote && text[start + 2] == quote;
        var contentStart = start + (triple ? 3 : 1);
        var i = contentStart;
        while (i < text.Length)
        {
            if (text[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (triple ? i + 2 < text.Length && text[i] == quote && text[i + 1] == quote && text[i + 2] == quote : text[i] == quote)
            {
                tokens.Add(new ScriptToken(ScriptTokenKind.String, contentStart, i, text[contentStart..i], triple ? '\0' : quote, depth));
                return i + (triple ? 3 : 1);
            }

            if (!triple && text[i] is '\n' or '\r')
            {
                break;
            }

            i++;
        }

        // An unterminated string: skip to the end of its line so one bad quote does not swallow the file.
        return Math.Max(TextEdits.LineEnd(text, start), start + 1);
    }
}
