namespace Sightline.Ecosystems.RubyGems;

/// <summary>One argument's tokens, read as the literal values Gemfiles use.</summary>
internal sealed class ArgumentValue(IReadOnlyList<RubyToken> tokens, int from, int to)
{
    public IEnumerable<RubyToken> Tokens
    {
        get
        {
            for (var i = from; i < to; i++)
            {
                yield return tokens[i];
            }
        }
    }

    /// <summary>A single literal string or symbol, else null (an expression, a variable).</summary>
    public string? SingleString()
    {
        var count = to - from;
        if (count == 1 && tokens[from] is { Kind: RubyTokenKind.String or RubyTokenKind.Symbol, Literal: true } only)
        {
            return only.Value;
        }

        // "1.0".freeze
        return count == 3 && tokens[from] is { Kind: RubyTokenKind.String, Literal: true } text
            && tokens[from + 1].Kind == RubyTokenKind.Dot && tokens[from + 2].IsIdent("freeze")
            ? text.Value
            : null;
    }

    /// <summary>A literal string or symbol, or an array of them (each may be `.freeze`d); null for anything computed.</summary>
    public IReadOnlyList<string>? Strings()
    {
        if (SingleString() is { } single)
        {
            return [single];
        }

        if (to - from < 2 || !tokens[from].Is(RubyTokenKind.Open, "[") || !tokens[to - 1].Is(RubyTokenKind.Close, "]"))
        {
            return null;
        }

        var values = new List<string>();
        for (var i = from + 1; i < to - 1; i++)
        {
            var token = tokens[i];
            if (token is { Kind: RubyTokenKind.String or RubyTokenKind.Symbol, Literal: true })
            {
                values.Add(token.Value);
                if (i + 2 < to - 1 && tokens[i + 1].Kind == RubyTokenKind.Dot && tokens[i + 2].IsIdent("freeze"))
                {
                    i += 2; // ["MIT".freeze], as RubyGems writes installed specifications
                }
            }
            else if (token.Kind != RubyTokenKind.Comma)
            {
                return null;
            }
        }

        return values;
    }

    public bool IsTrue() => to - from == 1 && tokens[from].IsIdent("true");

    public int Count => to - from;

    public RubyToken this[int index] => tokens[from + index];
}
