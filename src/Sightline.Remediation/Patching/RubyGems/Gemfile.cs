namespace Sightline.Remediation.Patching.RubyGems;

/// <summary>A <c>gem "name", "req", ..., key: value</c> call: the name, its requirement arguments and its option keys.</summary>
internal sealed record GemDeclaration(GemToken Name, IReadOnlyList<GemToken> Requirements, IReadOnlySet<string> Options);

/// <summary>The gem declarations and simple <c>NAME = "..."</c> assignments of a Gemfile.</summary>
internal sealed class Gemfile
{
    public List<GemDeclaration> Gems { get; } = [];

    public Dictionary<string, GemToken> Assignments { get; } = new(StringComparer.Ordinal);

    public static Gemfile Parse(string text)
    {
        var tokens = GemfileLexer.Tokens(text);
        var file = new Gemfile();
        for (var i = 0; i < tokens.Count; i++)
        {
            var atLineStart = i == 0 || tokens[i - 1].Kind == GemTokenKind.Newline || tokens[i - 1].Is(";");
            if (!atLineStart || tokens[i].Kind != GemTokenKind.Word)
            {
                continue;
            }

            if (tokens[i].Value == "gem")
            {
                var arguments = Arguments(tokens, i + 1);
                if (arguments.Count > 0 && arguments[0] is [{ Kind: GemTokenKind.String } name])
                {
                    file.Gems.Add(Declaration(name, arguments));
                }
            }
            else if (i + 2 < tokens.Count && tokens[i + 1].Is("=") && tokens[i + 2].Kind == GemTokenKind.String
                && (i + 3 == tokens.Count || tokens[i + 3].Kind == GemTokenKind.Newline))
            {
                file.Assignments[tokens[i].Value] = tokens[i + 2];
            }
        }

        return file;
    }

    private static GemDeclaration Declaration(GemToken name, List<List<GemToken>> arguments)
    {
        var requirements = new List<GemToken>();
        var options = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments.Skip(1))
        {
            if (argument.Count >= 2 && (argument[1].Is(":") || argument[1].Is("=>")))
            {
                options.Add(argument[0].Value);
            }
            else if (argument is [{ Kind: GemTokenKind.String or GemTokenKind.Word } single] && options.Count == 0)
            {
                requirements.Add(single);
            }
        }

        return new GemDeclaration(name, requirements, options);
    }

    // The comma-separated arguments of a call, up to the end of the statement or an if/unless modifier.
    private static List<List<GemToken>> Arguments(List<GemToken> tokens, int i)
    {
        var arguments = new List<List<GemToken>> { new() };
        var parenthesized = i < tokens.Count && tokens[i].Is("(") && tokens[i].Start == tokens[i - 1].End;
        var depth = 0;
        for (i += parenthesized ? 1 : 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var punctuation = token.Kind == GemTokenKind.Punctuation;
            if (depth == 0)
            {
                var afterComma = arguments.Count > 1 && arguments[^1].Count == 0;
                if ((parenthesized && token.Is(")")) || token.Is(";")
                    || (token.Kind == GemTokenKind.Newline && !afterComma && !parenthesized)
                    || (!parenthesized && token.Kind == GemTokenKind.Word && token.Value is "if" or "unless"))
                {
                    break;
                }

                if (token.Is(","))
                {
                    arguments.Add([]);
                    continue;
                }
            }

            if (token.Kind == GemTokenKind.Newline)
            {
                continue;
            }

            depth += punctuation && token.Value is "(" or "[" or "{" ? 1 : 0;
            depth -= punctuation && token.Value is ")" or "]" or "}" ? 1 : 0;
            if (depth < 0)
            {
                break;
            }

            arguments[^1].Add(token);
        }

        return arguments;
    }
}
