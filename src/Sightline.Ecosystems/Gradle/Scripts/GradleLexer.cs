using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Gradle.Scripts;

/// <summary>
/// Splits a build script into tokens: identifiers, strings, numbers, single-character symbols and
/// newlines; comments are dropped. It never fails on odd input: a single-line string that is not closed
/// ends at its line, so a construct it does not know (a slashy regex) costs one line at most. One pass,
/// no backtracking.
/// </summary>
internal static class GradleLexer
{
    /// <summary>Build scripts are small; a bigger one is not a build script worth reading.</summary>
    public const int MaxChars = 8 * 1024 * 1024;

    public static List<GradleToken> Tokenize(Stream stream, out long bytes)
    {
        using var reader = new StreamReader(stream);
        var text = new System.Text.StringBuilder();
        var buffer = new char[1 << 16];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > MaxChars)
            {
                throw new ManifestFormatException($"build script is over {MaxChars / (1024 * 1024)} MiB; not read");
            }
        }

        bytes = stream.CanSeek ? stream.Length : text.Length;
        return Tokenize(text.ToString());
    }

    public static List<GradleToken> Tokenize(string text)
    {
        var tokens = new List<GradleToken>();
        var i = text.StartsWith("#!", StringComparison.Ordinal) ? SkipToLineEnd(text, 0) : 0;
        var line = 1;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '\n')
            {
                tokens.Add(new GradleToken(GradleTokenKind.Newline, "\n", line++));
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && next == '/')
            {
                i = SkipToLineEnd(text, i);
            }
            else if (c == '/' && next == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                line += CountNewlines(text, i, end);
                i = end;
            }
            else if (c is '"' or '\'')
            {
                i = ReadString(text, i, ref line, tokens);
            }
            else if (char.IsAsciiLetter(c) || c is '_' or '$')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '$'))
                {
                    i++;
                }

                tokens.Add(new GradleToken(GradleTokenKind.Identifier, text[start..i], line));
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'
                    || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new GradleToken(GradleTokenKind.Number, text[start..i], line));
            }
            else
            {
                tokens.Add(new GradleToken(GradleTokenKind.Symbol, c.ToString(), line));
                i++;
            }
        }

        return tokens;
    }

    private static int ReadString(string text, int i, ref int line, List<GradleToken> tokens)
    {
        var quote = text[i];
        var startLine = line;
        var interpolated = quote == '"';
        if (i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote)
        {
            var close = new string(quote, 3);
            var end = text.IndexOf(close, i + 3, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            line += CountNewlines(text, i, end);
            tokens.Add(new GradleToken(GradleTokenKind.String, text[(i + 3)..end], startLine, interpolated));
            return Math.Min(text.Length, end + 3);
        }

        var start = ++i;
        while (i < text.Length && text[i] != quote && text[i] != '\n')
        {
            if (text[i] == '\\')
            {
                i += text.Length > i + 1 && text[i + 1] == '\n' ? 1 : 2;
            }
            else if (interpolated && text[i] == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                i = SkipInterpolation(text, i + 2);
            }
            else
            {
                i++;
            }
        }

        i = Math.Min(i, text.Length);
        tokens.Add(new GradleToken(GradleTokenKind.String, text[start..i], startLine, interpolated));
        return i < text.Length && text[i] == quote ? i + 1 : i;
    }

    /// <summary>From just inside "${", past the matching "}"; stops before a newline.</summary>
    private static int SkipInterpolation(string text, int i)
    {
        var depth = 1;
        while (i < text.Length && text[i] != '\n')
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                i++;
                while (i < text.Length && text[i] != c && text[i] != '\n')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(i + 1, text.Length);
                continue;
            }

            i++;
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return i;
            }
        }

        return Math.Min(i, text.Length);
    }

    private static int SkipToLineEnd(string text, int i)
    {
        var end = text.IndexOf('\n', i);
        return end < 0 ? text.Length : end;
    }

    private static int CountNewlines(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }
}
