namespace Sightline.Ecosystems.RubyGems;

/// <summary>
/// The arguments of a method call written without running Ruby: positional values and keyword options
/// (`key: value`, `:key => value`, `"key" => value`). Stops at a trailing `do` block or an `if`/`unless`
/// modifier.
/// </summary>
internal sealed class Arguments
{
    public List<ArgumentValue> Positional { get; } = [];

    public Dictionary<string, ArgumentValue> Keywords { get; } = new(StringComparer.Ordinal);

    public ArgumentValue? Keyword(string key) => Keywords.GetValueOrDefault(key);

    /// <summary>Reads the arguments of the call whose name is the token at <paramref name="nameIndex"/>.</summary>
    public static Arguments Parse(IReadOnlyList<RubyToken> tokens, int nameIndex)
    {
        var arguments = new Arguments();
        var start = nameIndex + 1;
        var end = tokens.Count;
        if (start < end && tokens[start].Is(RubyTokenKind.Open, "("))
        {
            end = Matching(tokens, start);
            start++;
        }
        else
        {
            end = Truncate(tokens, start);
        }

        var from = start;
        var depth = 0;
        for (var i = start; i <= end; i++)
        {
            if (i == end || (depth == 0 && tokens[i].Kind == RubyTokenKind.Comma))
            {
                if (i > from)
                {
                    arguments.Add(tokens, from, i);
                }

                from = i + 1;
                continue;
            }

            depth += tokens[i].Kind == RubyTokenKind.Open ? 1 : tokens[i].Kind == RubyTokenKind.Close ? -1 : 0;
        }

        return arguments;
    }

    private void Add(IReadOnlyList<RubyToken> tokens, int from, int to)
    {
        var first = tokens[from];
        if (first.Kind == RubyTokenKind.Key)
        {
            Keywords[first.Value] = new ArgumentValue(tokens, from + 1, to);
        }
        else if (from + 1 < to && tokens[from + 1].Kind == RubyTokenKind.Rocket && first is { Kind: RubyTokenKind.Symbol or RubyTokenKind.String })
        {
            Keywords[first.Value] = new ArgumentValue(tokens, from + 2, to);
        }
        else if (first.Is(RubyTokenKind.Open, "{"))
        {
            // An explicit options hash: { group: :test }.
            var inner = Parse([new RubyToken(RubyTokenKind.Ident, "_"), .. Slice(tokens, from + 1, Math.Max(from + 1, to - 1))], 0);
            foreach (var (key, value) in inner.Keywords)
            {
                Keywords[key] = value;
            }
        }
        else
        {
            Positional.Add(new ArgumentValue(tokens, from, to));
        }
    }

    private static int Matching(IReadOnlyList<RubyToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            depth += tokens[i].Kind == RubyTokenKind.Open ? 1 : tokens[i].Kind == RubyTokenKind.Close ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return tokens.Count;
    }

    private static int Truncate(IReadOnlyList<RubyToken> tokens, int start)
    {
        var depth = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            var token = tokens[i];
            depth += token.Kind == RubyTokenKind.Open ? 1 : token.Kind == RubyTokenKind.Close ? -1 : 0;
            if (depth <= 0 && (token.IsIdent("do") || token.IsIdent("if") || token.IsIdent("unless")))
            {
                return i;
            }
        }

        return tokens.Count;
    }

    private static IEnumerable<RubyToken> Slice(IReadOnlyList<RubyToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            yield return tokens[i];
        }
    }
}
