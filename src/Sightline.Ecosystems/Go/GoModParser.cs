using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Go;

/// <summary>
/// Parses go.mod and go.work (the grammar of golang.org/x/mod/modfile): directives on one line or in a
/// `verb ( ... )` block, `//` comments, quoted and raw-string arguments. Streamed line by line; errors
/// carry line and column. Directives it does not know are skipped, as the go command's lax parser does,
/// so a file written for a newer Go still reads.
/// </summary>
internal static partial class GoModParser
{
    public static GoModFile Parse(Stream stream)
    {
        using var reader = new StreamReader(stream, leaveOpen: true);
        var file = new GoModFile();
        var comments = new List<string>();
        GoToken? block = null;
        var blockLine = 0;
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            var line = GoModLexer.Lex(text, number);
            var tokens = line.Tokens;
            if (tokens.Count == 0)
            {
                // Comment lines right above a directive are its comments ("Deprecated:" on module).
                if (line.Comment is null)
                {
                    comments.Clear();
                }
                else
                {
                    comments.Add(line.Comment);
                }

                continue;
            }

            if (block is { } verb)
            {
                if (tokens[0].Kind == GoTokenKind.RParen)
                {
                    if (tokens.Count > 1)
                    {
                        throw new ManifestFormatException("syntax error (expected newline after closing paren)", number, tokens[1].Column);
                    }

                    block = null;
                }
                else
                {
                    RejectParens(tokens, 0, number);
                    Directive(file, verb, tokens, 0, line, comments);
                }
            }
            else if (tokens[^1].Kind == GoTokenKind.LParen && tokens.Count == 2 && tokens[0].Kind == GoTokenKind.Ident)
            {
                block = tokens[0];
                blockLine = number;
            }
            else
            {
                if (tokens[0].Kind != GoTokenKind.Ident)
                {
                    throw new ManifestFormatException($"syntax error (unexpected '{tokens[0].Text}')", number, tokens[0].Column);
                }

                RejectParens(tokens, 1, number);
                Directive(file, tokens[0], tokens, 1, line, comments);
            }

            comments.Clear();
        }

        if (block is { } open)
        {
            throw new ManifestFormatException($"syntax error (unterminated {open.Text} block started at line {blockLine})", blockLine, open.Column);
        }

        return file;
    }

    private static void RejectParens(IReadOnlyList<GoToken> tokens, int from, int number)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            if (tokens[i].Kind is GoTokenKind.LParen or GoTokenKind.RParen)
            {
                throw new ManifestFormatException($"syntax error (unexpected '{tokens[i].Text}')", number, tokens[i].Column);
            }
        }
    }
}
