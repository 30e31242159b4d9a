namespace Sightline.Ecosystems.RubyGems;

/// <summary>
/// Reads a Ruby file as logical statements: a physical line continues while brackets are open or it
/// ends with ',', '=>', '\' or an operator; ';' separates statements; comments, =begin/=end blocks,
/// heredoc bodies and everything after __END__ are skipped.
/// </summary>
internal static class RubyStatements
{
    /// <summary>A statement longer than this many lines is cut: a safety bound, not a Ruby rule.</summary>
    private const int MaxJoinedLines = 200;

    public static IEnumerable<RubyStatement> Read(TextReader reader)
    {
        var tokens = new List<RubyToken>();
        var start = 0;
        var number = 0;
        var joined = 0;
        string? heredoc = null;
        var blockComment = false;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (heredoc is not null)
            {
                if (line.Trim() == heredoc)
                {
                    heredoc = null;
                }

                continue;
            }

            if (blockComment || line.StartsWith("=begin", StringComparison.Ordinal))
            {
                blockComment = !line.StartsWith("=end", StringComparison.Ordinal);
                continue;
            }

            if (line == "__END__")
            {
                break;
            }

            if (tokens.Count == 0)
            {
                start = number;
                joined = 0;
            }

            RubyLexer.Tokenize(line, tokens, out heredoc);
            joined++;
            var continues = line.TrimEnd().EndsWith('\\') || (joined < MaxJoinedLines && Continues(tokens));
            if (tokens.Count == 0 || continues)
            {
                continue;
            }

            foreach (var statement in Split(start, tokens))
            {
                yield return statement;
            }

            tokens = [];
        }

        if (tokens.Count > 0)
        {
            foreach (var statement in Split(start, tokens))
            {
                yield return statement;
            }
        }
    }

    private static bool Continues(List<RubyToken> tokens)
    {
        if (tokens.Count == 0)
        {
            return false;
        }

        var depth = 0;
        foreach (var token in tokens)
        {
            depth += token.Kind switch
            {
                RubyTokenKind.Open => 1,
                RubyTokenKind.Close => -1,
                _ => 0,
            };
        }

        var last = tokens[^1];
        return depth > 0
            || last.Kind is RubyTokenKind.Comma or RubyTokenKind.Rocket or RubyTokenKind.Dot or RubyTokenKind.Assign
            || last.Is(RubyTokenKind.Other, "||") || last.Is(RubyTokenKind.Other, "&");
    }

    private static IEnumerable<RubyStatement> Split(int line, List<RubyToken> tokens)
    {
        var from = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || tokens[i].Kind == RubyTokenKind.Semicolon)
            {
                if (i > from)
                {
                    yield return new RubyStatement(line, tokens.GetRange(from, i - from));
                }

                from = i + 1;
            }
        }
    }
}
