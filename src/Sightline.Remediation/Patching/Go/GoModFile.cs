namespace Sightline.Remediation.Patching.Go;

/// <summary>A go.mod token with its span; <see cref="Value"/> is unquoted.</summary>
internal readonly record struct GoToken(string Value, int Start, int End);

/// <summary>One directive line: "require x v1" or, inside "require ( ... )", just "x v1" with the block's verb.</summary>
internal sealed record GoDirective(string Verb, IReadOnlyList<GoToken> Arguments, int LineStart, int LineEnd, bool InBlock);

/// <summary>A "verb (" ... ")" block: where its closing line starts.</summary>
internal sealed record GoBlock(string Verb, int OpenLineStart, int CloseLineStart);

/// <summary>The directives of a go.mod with positions; comments and layout are left to the text.</summary>
internal sealed class GoModFile
{
    public List<GoDirective> Directives { get; } = [];

    public List<GoBlock> Blocks { get; } = [];

    /// <summary>Parses go.mod text; throws <see cref="FormatException"/> with the line for what go would reject.</summary>
    public static GoModFile Parse(string text)
    {
        var file = new GoModFile();
        string? block = null;
        var blockStart = 0;
        var lineNumber = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = Patching.Cargo.Common.SpanEdits.LineEnd(text, start);
            lineNumber++;
            var tokens = GoModLexer.Tokens(text, start, end, lineNumber);
            if (tokens.Count > 0)
            {
                if (block is not null && tokens[0].Value == ")")
                {
                    file.Blocks.Add(new GoBlock(block, blockStart, start));
                    block = null;
                }
                else if (block is not null)
                {
                    file.Directives.Add(new GoDirective(block, tokens, start, end, true));
                }
                else if (tokens.Count == 2 && tokens[1].Value == "(")
                {
                    block = tokens[0].Value;
                    blockStart = start;
                }
                else
                {
                    file.Directives.Add(new GoDirective(tokens[0].Value, tokens.Skip(1).ToList(), start, end, false));
                }
            }

            start = end;
        }

        return block is null ? file : throw new FormatException($"line {lineNumber}: the {block} block is not closed");
    }
}
